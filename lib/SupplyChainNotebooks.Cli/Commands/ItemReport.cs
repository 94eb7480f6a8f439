using SupplyChainNotebooks.Trade;
using static SupplyChainNotebooks.Cli.Commands.ItemOptions;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary>The readable (table-format) report of one classified item, shared by the item commands.</summary>
internal static class ItemReport
{
    public static void Write(TextWriter o, ItemClassification r, int topPartners = 8)
    {
        var x = r.Indicators;
        var codes = x.Scheme == ProductScheme.Hs6 ? $"HS {x.Item.Hs6Text}" : $"customs group '{x.Item.CustomsGroup}'";
        o.WriteLine($"# {x.Reporter} imports of {x.Item.Id} ({codes}), {x.Year} — {x.Source}");
        if (!x.HasData)
        {
            o.WriteLine($"class              no data — {x.NoDataReason}");
            if (x.HowToFill is { } how) o.WriteLine($"how to fill        {how}");
            o.WriteLine();
            return;
        }
        o.WriteLine($"imports            {Money(x.Imports, x.Unit)} from {x.PartnerCount} partners{(x.ListedPartnerCoverage is < 0.9999 and var cov ? $" (listed partners cover {F(cov)} of the reported total)" : "")}");
        o.WriteLine($"top-1 partner      {x.Top1Partner ?? "n/a"} {F(x.Top1Share)}");
        o.WriteLine($"China share        {F(x.ChinaShare)}");
        o.WriteLine($"import HHI         {F(x.ImportHhi)}");
        o.WriteLine($"exports            {Money(x.Exports, x.Unit)}");
        o.WriteLine($"imports/exports    {(x.ImportExportRatioCapped ? "9999 (no exports; GeoDep convention)" : F(x.ImportExportRatio))}");
        o.WriteLine($"world export share {F(x.WorldExportShare)}{(x.WorldExportReason is { } wr ? $" — {wr}" : "")}");
        o.WriteLine($"world export HHI   {F(x.WorldExportHhi)}");
        o.WriteLine($"RCA                {F(x.Rca)}{(x.RcaReason is { } rr ? $" — {rr}" : "")}");
        o.WriteLine($"class              {r.ClassText} (O {Flag(r.Offensive)}, D {Flag(r.Defensive)}; O basis: {r.OffensiveBasis})");
        o.WriteLine("criteria:");
        foreach (var c in r.Criteria)
            o.WriteLine($"  {c.Flag} {c.Indicator,-18} {F(c.Value),9} {c.Comparison} {F(c.Threshold, "0.###"),-5} {Flag(c.Met)}{(c.Note is null ? "" : "  (" + c.Note + ")")}");
        if (r.Persistence is { } p)
        {
            var years = string.Join(", ", p.Years.Select(y => $"{y.Year}: O {Flag(y.Offensive)} D {Flag(y.Defensive)}"));
            o.WriteLine($"persistence        O {Flag(p.OffensivePersistent)}, D {Flag(p.DefensivePersistent)} (≥ {p.Required} of 3 years; {years}) — {p.Label}");
        }
        if (x.ProductsMissing.Count > 0) o.WriteLine($"partial coverage   {string.Join("+", x.ProductsMissing)} not in the source");
        o.WriteLine("top partners:");
        foreach (var s in x.Partners.Take(topPartners)) o.WriteLine($"  {s.Partner,-4} {Money(s.Value, x.Unit),22}  {F(s.Share)}");
        foreach (var n in x.Notes) o.WriteLine($"note: {n}");
        o.WriteLine();
    }

    private static string Flag(bool? b) => b switch { true => "yes", false => "no", null => "n/a" };
}

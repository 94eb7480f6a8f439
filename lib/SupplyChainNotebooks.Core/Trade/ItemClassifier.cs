namespace SupplyChainNotebooks.Trade;

/// <summary>
/// The offensive/defensive rule of methodology §4.1 with every threshold a parameter:
/// O = W ≥ 0.20 or (RCA ≥ 2 and world export HHI ≥ 0.25); D = top-1 ≥ 0.5 or HHI ≥ 0.4 or M/X &gt; 1;
/// class = both / offensive / defensive / monitor. Without RCA (no complete BACI file) O uses the world export share
/// alone and says so. The result keeps every criterion and number, not only the label.
/// </summary>
public static class ItemClassifier
{
    /// <summary>Classifies indicators.</summary>
    public static ItemClassification Classify(ItemIndicators indicators, ClassificationThresholds? thresholds = null, PersistenceResult? persistence = null)
    {
        var t = thresholds ?? ClassificationThresholds.Default;
        if (!indicators.HasData)
            return new ItemClassification
            {
                Indicators = indicators, Thresholds = t, Class = ItemClass.NoData, Persistence = persistence,
                OffensiveBasis = $"no data: {indicators.NoDataReason}",
            };

        var criteria = new List<ClassificationCriterion>();
        bool? offensive;
        string basis;
        var w = indicators.WorldExportShare;
        if (w is null)
        {
            offensive = null;
            basis = $"not evaluable: {indicators.WorldExportReason}";
            criteria.Add(new("O", "worldExportShare", null, "≥", t.WorldExportShareMin, null, indicators.WorldExportReason));
        }
        else
        {
            var byShare = w.Value >= t.WorldExportShareMin;
            criteria.Add(new("O", "worldExportShare", w, "≥", t.WorldExportShareMin, byShare));
            if (indicators.Rca is { } rca && indicators.WorldExportHhi is { } hhiX)
            {
                var byRca = rca >= t.RcaMin;
                var byConcentration = hhiX >= t.WorldExportHhiMin;
                criteria.Add(new("O", "rca", rca, "≥", t.RcaMin, byRca));
                criteria.Add(new("O", "worldExportHhi", hhiX, "≥", t.WorldExportHhiMin, byConcentration, "counts only together with RCA"));
                offensive = byShare || (byRca && byConcentration);
                basis = "world export share, or RCA together with world export concentration";
            }
            else
            {
                criteria.Add(new("O", "rca", null, "≥", t.RcaMin, null, "not available (see rcaReason)"));
                criteria.Add(new("O", "worldExportHhi", indicators.WorldExportHhi, "≥", t.WorldExportHhiMin,
                    indicators.WorldExportHhi is { } h ? h >= t.WorldExportHhiMin : null, "not used without RCA"));
                offensive = byShare;
                basis = "world export share alone (RCA not available)";
            }
        }

        const string noImports = "no imports: the test does not hold";
        var hasImports = indicators.Imports is > 0;
        var top1Met = hasImports && indicators.Top1Share >= t.Top1ShareMin;
        var hhiMet = hasImports && indicators.ImportHhi >= t.ImportHhiMin;
        bool? ratioMet = indicators.Exports is null && hasImports ? null : indicators.ImportExportRatio > t.ImportExportRatioAbove;
        criteria.Add(new("D", "top1Share", indicators.Top1Share, "≥", t.Top1ShareMin, top1Met, hasImports ? null : noImports));
        criteria.Add(new("D", "hhi", indicators.ImportHhi, "≥", t.ImportHhiMin, hhiMet, hasImports ? null : noImports));
        criteria.Add(new("D", "importExportRatio", indicators.ImportExportRatio, ">", t.ImportExportRatioAbove, ratioMet,
            indicators.ImportExportRatioCapped ? "no exports: M/X stands at 9999 (GeoDep convention)"
            : indicators.Exports is null ? "exports not in the source: M/X undefined"
            : indicators.ImportExportRatio is null ? "neither imports nor exports" : null));
        bool? defensive = top1Met || hhiMet ? true : ratioMet; // unknown when only an undefined M/X could still make it hold

        var cls = (offensive, defensive) switch
        {
            (true, true) => ItemClass.Both,
            (true, false) => ItemClass.Offensive,
            (false, true) => ItemClass.Defensive,
            (false, false) => ItemClass.Monitor,
            _ => ItemClass.Undetermined,
        };
        return new ItemClassification
        {
            Indicators = indicators, Thresholds = t, Offensive = offensive, Defensive = defensive, Class = cls,
            Criteria = criteria, OffensiveBasis = basis, Persistence = persistence,
        };
    }
}

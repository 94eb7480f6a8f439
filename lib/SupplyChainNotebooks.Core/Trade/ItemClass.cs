namespace SupplyChainNotebooks.Trade;

/// <summary>Class of the offensive/defensive rule (methodology §4.1).</summary>
public enum ItemClass
{
    /// <summary>O only: choke-point strength (strategic indispensability).</summary>
    Offensive,

    /// <summary>D only: dependence (strategic autonomy at stake).</summary>
    Defensive,

    /// <summary>O and D.</summary>
    Both,

    /// <summary>Neither flag.</summary>
    Monitor,

    /// <summary>A flag could not be evaluated (e.g. no world exports in a reporter-only source); the flags say which.</summary>
    Undetermined,

    /// <summary>The data do not cover the item.</summary>
    NoData,
}

/// <summary>Text forms of <see cref="ItemClass"/>.</summary>
public static class ItemClasses
{
    /// <summary>"offensive", "defensive", "both", "monitor", "undetermined" or "no data".</summary>
    public static string ToText(this ItemClass c) => c switch
    {
        ItemClass.Offensive => "offensive",
        ItemClass.Defensive => "defensive",
        ItemClass.Both => "both",
        ItemClass.Monitor => "monitor",
        ItemClass.Undetermined => "undetermined",
        _ => "no data",
    };
}

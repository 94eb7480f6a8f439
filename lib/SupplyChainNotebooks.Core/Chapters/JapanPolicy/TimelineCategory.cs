namespace SupplyChainNotebooks.Chapters.JapanPolicy;

/// <summary>Timeline lane of an instrument, derived from its kind (see <see cref="PolicyTimeline.CategoryOf"/>).</summary>
public enum TimelineCategory
{
    /// <summary>Laws, amendments and cabinet decisions (guidelines).</summary>
    Law,

    /// <summary>Designations of critical products, items or technologies.</summary>
    Designation,

    /// <summary>Budgets and funds.</summary>
    Budget,

    /// <summary>Export controls and their lifting.</summary>
    ExportControl,

    /// <summary>Agreements, frameworks and dialogues with other countries.</summary>
    Cooperation,

    /// <summary>Strategies and plans.</summary>
    Strategy,

    /// <summary>Monitoring and early-warning systems.</summary>
    Monitoring,

    /// <summary>Position statements.</summary>
    Statement,
}

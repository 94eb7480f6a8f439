namespace SupplyChainNotebooks.Errors;

/// <summary>
/// A dataset (or one year of it) is not in any data folder searched. The message names the dataset, every folder that
/// was searched and how to obtain the data.
/// </summary>
public sealed class DatasetNotFoundException : SupplyChainException
{
    /// <summary>Creates the error.</summary>
    public DatasetNotFoundException(string datasetId, string what, IReadOnlyList<string> searched, string howToObtain)
        : base($"dataset '{datasetId}': {what} not found; searched {string.Join(", ", searched.Select(s => $"'{s}'"))}. {howToObtain}")
    {
        DatasetId = datasetId;
        Searched = searched;
    }

    /// <summary>The dataset id from the catalog.</summary>
    public string DatasetId { get; }

    /// <summary>Folders that were searched, in order.</summary>
    public IReadOnlyList<string> Searched { get; }
}

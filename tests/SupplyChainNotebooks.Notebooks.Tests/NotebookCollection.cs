namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>Notebook runs change the process's current directory: every class that runs notebooks joins this collection.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection : ICollectionFixture<ReportFixture>
{
    public const string Name = "notebooks";
}

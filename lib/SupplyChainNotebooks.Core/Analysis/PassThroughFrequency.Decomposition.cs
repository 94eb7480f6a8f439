using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Analysis;

/// <summary>Decomposition of appearances over source and sink sets (stacked bars by country, methodology §1.5).</summary>
public sealed partial class PassThroughFrequency
{
    /// <summary>
    /// Expected appearances of every node (and country) on the routes from S into T, the pair node PTFs
    /// b_ik b_kj / b_ij (inclusive) averaged with the same weights and filters as <see cref="Aggregate"/>. With TiVA
    /// weights and an inclusive convention the value of R equals <see cref="Aggregate"/>'s PTF, since PTF is additive
    /// over disjoint pass-through sets (P5); the node values sum to the weighted mean of 1 + APL.
    /// </summary>
    /// <param name="sources">S.</param>
    /// <param name="sinks">T.</param>
    /// <param name="weighting">Weights (sink-output: TiVA-weighted per sink, then weighted by the sinks' gross output).</param>
    public NodeAppearances Decompose(NodeSet sources, NodeSet sinks, AggregateWeighting weighting = AggregateWeighting.Tiva)
    {
        var n = Table.NodeCount;
        var total = new double[n];
        double weightSum = 0;
        var used = 0;
        foreach (var part in DecomposeSinks(sources, sinks, weighting))
        {
            if (part.PairsUsed == 0) continue;
            used += part.PairsUsed;
            if (weighting == AggregateWeighting.SinkOutput)
            {
                var x = Table.GrossOutput[part.Sink];
                if (!(x > 0)) continue;
                for (var k = 0; k < n; k++) total[k] += x * part.Numerator[k] / part.WeightSum;
                weightSum += x;
            }
            else
            {
                for (var k = 0; k < n; k++) total[k] += part.Numerator[k];
                weightSum += part.WeightSum;
            }
        }
        if (weighting != AggregateWeighting.Sum && weightSum > 0)
            for (var k = 0; k < n; k++) total[k] /= weightSum;
        return Appearances(sources.Expression, sinks.Expression, used > 0 && weightSum > 0, total);
    }

    /// <summary>
    /// <see cref="Decompose(NodeSet, NodeSet, AggregateWeighting)"/> for each sink j of T separately (S → j), in the order of T
    /// after the sink filters of <see cref="Options"/>. Costs |S| + |T| solves and O(|S|·|T|·n) operations.
    /// </summary>
    public IReadOnlyList<NodeAppearances> DecomposePerSink(NodeSet sources, NodeSet sinks, AggregateWeighting weighting = AggregateWeighting.Tiva)
    {
        var result = new List<NodeAppearances>();
        foreach (var part in DecomposeSinks(sources, sinks, weighting))
        {
            var values = part.Numerator;
            var defined = part.PairsUsed > 0 && part.WeightSum > 0;
            if (defined && weighting != AggregateWeighting.Sum)
                for (var k = 0; k < values.Length; k++) values[k] /= part.WeightSum;
            result.Add(Appearances(sources.Expression, Table.Nodes[part.Sink].Label, defined, defined ? values : new double[values.Length]));
        }
        return result;
    }

    private sealed record SinkDecomposition(int Sink, double[] Numerator, double WeightSum, int PairsUsed);

    /// <summary>Per sink: Σ_i w_ij · (b_ik b_kj / b_ij) for every k, Σ_i w_ij and the pair count, with the filters of Aggregate.</summary>
    private IEnumerable<SinkDecomposition> DecomposeSinks(NodeSet sources, NodeSet sinks, AggregateWeighting weighting)
    {
        var (s, t) = FilteredSets(sources, sinks);
        var n = Table.NodeCount;
        var rows = Solver.Rows(s);
        const int chunk = 256;
        for (var start = 0; start < t.Length; start += chunk)
        {
            var block = t.Skip(start).Take(chunk).ToArray();
            var cols = Solver.Columns(block);
            for (var b = 0; b < block.Length; b++)
            {
                var j = block[b];
                var col = cols[b];
                var numerator = new double[n];
                double wsum = 0;
                var pairs = 0;
                for (var a = 0; a < s.Length; a++)
                {
                    var i = s[a];
                    if (!Keep(i, j)) continue;
                    var row = rows[a];
                    var bij = row[j];
                    if (!(bij > MinimumRouteWeight)) continue;
                    var tiva = _vReported[i] * bij * _finalDemand[j];
                    if (Options.MinTivaFlowMusd > 0 && !(tiva >= Options.MinTivaFlowMusd)) continue;
                    var w = weighting switch
                    {
                        AggregateWeighting.Tiva or AggregateWeighting.SinkOutput => tiva,
                        AggregateWeighting.Route => bij,
                        _ => 1.0,
                    };
                    if (!(w > 0)) continue;
                    pairs++;
                    wsum += w;
                    var factor = w / bij;
                    for (var k = 0; k < n; k++) numerator[k] += factor * row[k] * col[k];
                }
                yield return new SinkDecomposition(j, numerator, wsum, pairs);
            }
        }
    }

    private NodeAppearances Appearances(string source, string sink, bool hasRoute, double[] perNode)
    {
        var byCountry = Table.Countries.ToDictionary(c => c, c => Table.NodesOf(c).Sum(k => perNode[k]), StringComparer.OrdinalIgnoreCase);
        return new NodeAppearances(source, sink, hasRoute,
            Table.Nodes.Select((node, k) => (node.Label, perNode[k])).ToDictionary(x => x.Label, x => x.Item2, StringComparer.OrdinalIgnoreCase),
            byCountry);
    }
}

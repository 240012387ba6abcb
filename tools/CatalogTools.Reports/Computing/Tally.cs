namespace CatalogTools.Reports.Computing;

/// <summary>Running sums for one region subtree: items, each figure's numerator and denominator, and the reduction totals.</summary>
public sealed class Tally
{
    public readonly double[] Numerators = new double[FigureDefinitions.Count];
    public readonly long[] Denominators = new long[FigureDefinitions.Count];
    public int Items;
    public long Materials;
    public long Steps;
    public long Days;
    public long Visits;

    public void Add(ItemEvaluator e)
    {
        Items++;
        for (var i = 0; i < Numerators.Length; i++)
        {
            Numerators[i] += e.Numerators[i];
            Denominators[i] += e.Denominators[i];
        }
        Materials += e.Materials;
        Steps += e.Steps;
        Days += e.Days;
        Visits += e.Visits;
    }

    /// <summary>The figure's value: numerator / denominator (a count figure is its numerator); null when nothing applies.</summary>
    public double? Value(FigureDefinition f)
    {
        if (f.Unit == Model.FigureUnit.Count) return Numerators[f.Index];
        return Denominators[f.Index] == 0 ? null : Numerators[f.Index] / Denominators[f.Index];
    }

    public IReadOnlyDictionary<string, double?> Values()
    {
        var values = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var f in FigureDefinitions.All) values[f.Key] = Value(f);
        return values;
    }

    public Model.Reductions Reductions => new(Materials, Steps, Days, Visits);
}

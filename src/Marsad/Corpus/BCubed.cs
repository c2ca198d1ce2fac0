namespace Marsad.Corpus;

/// <summary>
/// B-cubed precision, recall and F1 of a clustering against gold labels: for each item, the share of its predicted
/// cluster that shares its gold label (precision) and the share of its gold cluster found in its predicted cluster
/// (recall), averaged over items. Items missing from either side are left out.
/// </summary>
public static class BCubed
{
    public static (double Precision, double Recall, double F1) Score<TGold, TPredicted>(
        IReadOnlyDictionary<string, TGold> gold, IReadOnlyDictionary<string, TPredicted> predicted)
        where TGold : notnull
        where TPredicted : notnull
    {
        var items = gold.Keys.Where(predicted.ContainsKey).ToList();
        if (items.Count == 0)
        {
            return (0, 0, 0);
        }

        var byGold = items.GroupBy(i => gold[i]).ToDictionary(g => g.Key, g => g.ToHashSet());
        var byPredicted = items.GroupBy(i => predicted[i]).ToDictionary(g => g.Key, g => g.ToHashSet());
        double precision = 0, recall = 0;
        foreach (var item in items)
        {
            var goldSet = byGold[gold[item]];
            var predictedSet = byPredicted[predicted[item]];
            var both = predictedSet.Count(goldSet.Contains);
            precision += both / (double)predictedSet.Count;
            recall += both / (double)goldSet.Count;
        }

        precision /= items.Count;
        recall /= items.Count;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return (precision, recall, f1);
    }
}

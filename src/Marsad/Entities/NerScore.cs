using System.Globalization;
using System.Text;
using Marsad.Model;

namespace Marsad.Entities;

/// <summary>Entity-level precision, recall and F1 (exact span and type), overall and per type, conlleval-style.</summary>
public sealed class NerScore
{
    private readonly int[] correct = new int[4];
    private readonly int[] predicted = new int[4];
    private readonly int[] gold = new int[4];

    public int Tokens { get; private set; }

    public int CorrectTokens { get; private set; }

    public void Add(ReadOnlySpan<int> goldTags, ReadOnlySpan<int> predictedTags)
    {
        if (goldTags.Length != predictedTags.Length)
        {
            throw new ArgumentException("gold and predicted tag sequences differ in length");
        }

        Tokens += goldTags.Length;
        for (var i = 0; i < goldTags.Length; i++)
        {
            CorrectTokens += goldTags[i] == predictedTags[i] ? 1 : 0;
        }

        var g = EntityChunk.FromTags(goldTags);
        var p = EntityChunk.FromTags(predictedTags);
        var goldSet = new HashSet<EntityChunk>(g);
        foreach (var c in g)
        {
            gold[(int)c.Type]++;
        }

        foreach (var c in p)
        {
            predicted[(int)c.Type]++;
            if (goldSet.Contains(c))
            {
                correct[(int)c.Type]++;
            }
        }
    }

    public (double Precision, double Recall, double F1, int Gold, int Predicted) For(EntityType? type)
    {
        int c, p, g;
        if (type is { } t)
        {
            (c, p, g) = (correct[(int)t], predicted[(int)t], gold[(int)t]);
        }
        else
        {
            (c, p, g) = (correct.Sum(), predicted.Sum(), gold.Sum());
        }

        var precision = p == 0 ? 0 : (double)c / p;
        var recall = g == 0 ? 0 : (double)c / g;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, g, p);
    }

    public double F1 => For(null).F1;

    /// <summary>A conlleval-like report: token accuracy, then overall and per-type P/R/F1 (percent).</summary>
    public string Report()
    {
        var sb = new StringBuilder();
        var all = For(null);
        sb.AppendLine(CultureInfo.InvariantCulture, $"processed {Tokens} tokens with {all.Gold} phrases; found: {all.Predicted} phrases; correct: {correct.Sum()}.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"accuracy: {100.0 * CorrectTokens / Math.Max(1, Tokens):0.00}%; precision: {100 * all.Precision:0.00}%; recall: {100 * all.Recall:0.00}%; FB1: {100 * all.F1:0.00}");
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var s = For(type);
            sb.AppendLine(CultureInfo.InvariantCulture, $"{type,14}: precision: {100 * s.Precision,6:0.00}%; recall: {100 * s.Recall,6:0.00}%; FB1: {100 * s.F1,6:0.00}  {s.Predicted}");
        }

        return sb.ToString();
    }
}

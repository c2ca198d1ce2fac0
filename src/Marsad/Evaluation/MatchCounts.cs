namespace Marsad.Evaluation;

/// <summary>Gold items, predicted items and the matches between them; precision, recall and F1 from them.</summary>
public readonly record struct MatchCounts(int Gold, int Predicted, int Matched)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static MatchCounts operator +(MatchCounts a, MatchCounts b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched);

    public override string ToString() => $"P {Precision:F2} R {Recall:F2} F1 {F1:F2} ({Matched}/{Gold} gold, {Predicted} found)";
}

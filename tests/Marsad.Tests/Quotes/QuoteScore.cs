using Marsad.Model;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Scores found quotes against expected ones. A pair matches exactly when the texts are equal after whitespace
/// normalisation, or by overlap when they share at least 80% of the longer one's characters in the body.
/// Attribution is right when the speaker name equals the expected speaker or a non-empty mention equals the
/// expected mention.
/// </summary>
public sealed class QuoteScore
{
    public int Gold { get; private set; }

    public int Found { get; private set; }

    public int Exact { get; private set; }

    public int Overlap { get; private set; }

    public int Attributed { get; private set; }

    public int KindRight { get; private set; }

    public int CueRight { get; private set; }

    /// <summary>Exact text matches with the right speaker: the quotes that count for attributed-quote F1.</summary>
    public int AttributedExact { get; private set; }

    /// <summary>Overlap matches (≥ 80%) with the right speaker.</summary>
    public int AttributedOverlap { get; private set; }

    public List<string> Misses { get; } = [];

    public double ExactPrecision => Ratio(Exact, Found);

    public double ExactRecall => Ratio(Exact, Gold);

    public double OverlapPrecision => Ratio(Overlap, Found);

    public double OverlapRecall => Ratio(Overlap, Gold);

    public double Attribution => Ratio(Attributed, Overlap);

    public double KindAccuracy => Ratio(KindRight, Overlap);

    public double CueAccuracy => Ratio(CueRight, Overlap);

    /// <summary>F1 of quotes whose text matches exactly and whose speaker is right.</summary>
    public double AttributedF1 => F1(AttributedExact);

    /// <summary>F1 of quotes whose text overlaps by at least 80% and whose speaker is right.</summary>
    public double AttributedOverlapF1 => F1(AttributedOverlap);

    public static QuoteScore Of(string body, IReadOnlyList<ExpectedQuote> gold, IReadOnlyList<Quote> found)
    {
        var score = new QuoteScore();
        score.Add(body, gold, found);
        return score;
    }

    public void Add(QuoteScore other)
    {
        Gold += other.Gold;
        Found += other.Found;
        Exact += other.Exact;
        Overlap += other.Overlap;
        Attributed += other.Attributed;
        KindRight += other.KindRight;
        CueRight += other.CueRight;
        AttributedExact += other.AttributedExact;
        AttributedOverlap += other.AttributedOverlap;
        Misses.AddRange(other.Misses);
    }

    public void Add(string body, IReadOnlyList<ExpectedQuote> gold, IReadOnlyList<Quote> found)
    {
        Gold += gold.Count;
        Found += found.Count;
        var used = new bool[found.Count];
        var searchFrom = 0;
        foreach (var g in gold)
        {
            var gStart = body.IndexOf(g.Text, searchFrom, StringComparison.Ordinal);
            if (gStart < 0)
            {
                gStart = body.IndexOf(g.Text, StringComparison.Ordinal);
            }
            else
            {
                searchFrom = gStart;
            }

            var gEnd = gStart < 0 ? -1 : gStart + g.Text.Length;
            var best = -1;
            var exact = false;
            for (var i = 0; i < found.Count; i++)
            {
                if (!used[i] && Normalize(found[i].Text) == Normalize(g.Text))
                {
                    best = i;
                    exact = true;
                    break;
                }
            }

            if (best < 0 && gStart >= 0)
            {
                var bestShare = 0.8;
                for (var i = 0; i < found.Count; i++)
                {
                    var inter = Math.Min(gEnd, found[i].End) - Math.Max(gStart, found[i].Start);
                    var share = inter / (double)Math.Max(g.Text.Length, found[i].End - found[i].Start);
                    if (!used[i] && share >= bestShare)
                    {
                        best = i;
                        bestShare = share;
                    }
                }
            }

            if (best < 0)
            {
                Misses.Add($"MISSED  [{g.Kind}/{g.Cue}/{g.Speaker}] {g.Text}");
                continue;
            }

            used[best] = true;
            var f = found[best];
            Overlap++;
            Exact += exact ? 1 : 0;
            var speakerRight = Normalize(f.Speaker.Name) == Normalize(g.Speaker)
                               || (g.SpeakerMention.Length > 0 && Normalize(f.Speaker.Mention) == Normalize(g.SpeakerMention));
            Attributed += speakerRight ? 1 : 0;
            AttributedExact += speakerRight && exact ? 1 : 0;
            AttributedOverlap += speakerRight ? 1 : 0;
            var kindRight = string.Equals(f.Kind.ToString(), g.Kind, StringComparison.OrdinalIgnoreCase);
            KindRight += kindRight ? 1 : 0;
            CueRight += Normalize(f.Cue) == Normalize(g.Cue) ? 1 : 0;
            if (!exact)
            {
                Misses.Add($"PARTIAL gold: {g.Text}\n        found: {f.Text}");
            }

            if (!speakerRight)
            {
                Misses.Add($"SPEAKER gold {g.Speaker} / '{g.SpeakerMention}', found {f.Speaker.Name} / '{f.Speaker.Mention}': {Short(g.Text)}");
            }

            if (!kindRight || Normalize(f.Cue) != Normalize(g.Cue))
            {
                Misses.Add($"KIND/CUE gold {g.Kind}/{g.Cue}, found {f.Kind}/{f.Cue}: {Short(g.Text)}");
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (!used[i])
            {
                Misses.Add($"EXTRA   [{found[i].Kind}/{found[i].Cue}/{found[i].Speaker.Name}] {found[i].Text}");
            }
        }
    }

    public static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private double F1(int right)
    {
        var p = Ratio(right, Found);
        var r = Ratio(right, Gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static string Short(string s) => s.Length > 50 ? s[..50] + "…" : s;

    private static double Ratio(int a, int b) => b == 0 ? 1 : a / (double)b;
}

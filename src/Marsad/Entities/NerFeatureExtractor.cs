using System.Numerics;

namespace Marsad.Entities;

/// <summary>
/// Turns a sentence in a <see cref="NerWorkspace"/> into hashed feature indices per token: word and stem forms in a
/// ±2 window, affixes, character shape, proclitics, distributional clusters and corpus frequency of the word and its
/// neighbours (<see cref="WordLexicon"/>), and gazetteer/cue flags of the word and its neighbours (<see cref="NerGazetteer"/>).
/// </summary>
public sealed class NerFeatureExtractor
{
    private static readonly ulong Boundary = FeatureHash.Chars("<s>");
    private readonly WordLexicon lexicon;
    private readonly NerGazetteer gazetteer;
    private readonly int mask;

    public NerFeatureExtractor(WordLexicon lexicon, NerGazetteer gazetteer, int hashBits)
    {
        this.lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        this.gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        if (hashBits is < 10 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(hashBits), "hash bits must be between 10 and 26");
        }

        mask = (1 << hashBits) - 1;
    }

    public WordLexicon Lexicon => lexicon;

    public NerGazetteer Gazetteer => gazetteer;

    /// <summary>Adds the sentence in <paramref name="ws"/> to the document evidence being collected.</summary>
    public void CollectEvidence(NerWorkspace ws)
    {
        ArgumentNullException.ThrowIfNull(ws);
        gazetteer.Annotate(ws.GazKey.AsSpan(0, ws.Length), ws.Flags.AsSpan(0, ws.Length));
        ws.Evidence.Collect(ws);
    }

    public void Extract(NerWorkspace ws)
    {
        ArgumentNullException.ThrowIfNull(ws);
        var n = ws.Length;
        for (var i = 0; i < n; i++)
        {
            var norm = ws.Norm(i);
            ws.Entry[i] = lexicon.IndexOf(norm, ws.FormHash[i]);
            ws.StemEntry[i] = ws.Proclitic[i] > 0 ? lexicon.IndexOf(norm[ws.Proclitic[i]..], ws.StemHash[i]) : ws.Entry[i];
        }

        gazetteer.Annotate(ws.GazKey.AsSpan(0, n), ws.Flags.AsSpan(0, n));
        if (!ws.InDocument)
        {
            // A sentence on its own is its own document.
            ws.Evidence.Clear();
            ws.Evidence.Collect(ws);
        }

        for (var i = 0; i < n; i++)
        {
            ExtractAt(ws, i);
        }
    }

    private void ExtractAt(NerWorkspace ws, int i)
    {
        var f = ws.Features.AsSpan(i * NerWorkspace.Stride, NerWorkspace.Stride);
        var k = 0;
        var n = ws.Length;
        var norm = ws.Norm(i);
        var stem = norm[ws.Proclitic[i]..];

        ulong W(int j) => j < 0 || j >= n ? Boundary : ws.NormHash[j];
        ulong S(int j) => j < 0 || j >= n ? Boundary : ws.StemHash[j];
        ulong E(int j) => j < 0 || j >= n ? 0xFFFF : (ulong)(uint)Best(ws, j);
        ulong C(int j, int level) => j < 0 || j >= n ? 0xFFFE : (ulong)(uint)lexicon.Cluster(Best(ws, j), level);
        ulong G(int j) => j < 0 || j >= n ? 0 : (ulong)ws.Flags[j];

        f[k++] = Index(FeatureHash.Feature(1, 0));
        f[k++] = Index(FeatureHash.Feature(2, W(i)));
        f[k++] = Index(FeatureHash.Feature(3, S(i)));
        f[k++] = Index(FeatureHash.Feature(4, W(i - 1)));
        f[k++] = Index(FeatureHash.Feature(5, W(i + 1)));
        f[k++] = Index(FeatureHash.Feature(6, W(i - 2)));
        f[k++] = Index(FeatureHash.Feature(7, W(i + 2)));
        f[k++] = Index(FeatureHash.Feature(8, S(i - 1)));
        f[k++] = Index(FeatureHash.Feature(9, S(i + 1)));
        f[k++] = Index(FeatureHash.Feature(10, W(i - 1), W(i)));
        f[k++] = Index(FeatureHash.Feature(11, W(i), W(i + 1)));
        f[k++] = Index(FeatureHash.Feature(12, S(i - 1), S(i)));

        for (var a = 1; a <= 3; a++)
        {
            if (norm.Length > a)
            {
                f[k++] = Index(FeatureHash.Feature(13 + a, FeatureHash.Chars(norm[..a])));
                f[k++] = Index(FeatureHash.Feature(17 + a, FeatureHash.Chars(norm[^a..])));
            }

            if (stem.Length > a + 1)
            {
                f[k++] = Index(FeatureHash.Feature(21 + a, FeatureHash.Chars(stem[..a])));
                f[k++] = Index(FeatureHash.Feature(25 + a, FeatureHash.Chars(stem[^a..])));
            }
        }

        f[k++] = Index(FeatureHash.Feature(30, ws.ShapeHash[i]));
        f[k++] = Index(FeatureHash.Feature(31, i > 0 ? ws.ShapeHash[i - 1] : Boundary, ws.ShapeHash[i], i + 1 < n ? ws.ShapeHash[i + 1] : Boundary));
        f[k++] = Index(FeatureHash.Feature(32, (ulong)Math.Min(norm.Length, 12)));
        f[k++] = Index(FeatureHash.Feature(33, FeatureHash.Chars(norm[..ws.Proclitic[i]])));
        f[k++] = Index(FeatureHash.Feature(34, (ulong)(i == 0 ? 0 : i == 1 ? 1 : 2)));

        // Distributional evidence from the unlabelled corpus.
        var best = Best(ws, i);
        var count = best >= 0 ? lexicon.Counts[best] : 0;
        f[k++] = Index(FeatureHash.Feature(35, (ulong)(count == 0 ? 0 : 1 + BitOperations.Log2((uint)count))));
        for (var level = 0; level < WordLexicon.Levels; level++)
        {
            f[k++] = Index(FeatureHash.Feature(40 + level, C(i, level)));
            f[k++] = Index(FeatureHash.Feature(44 + level, C(i - 1, level)));
            f[k++] = Index(FeatureHash.Feature(48 + level, C(i + 1, level)));
        }

        f[k++] = Index(FeatureHash.Feature(52, ws.StemEntry[i] >= 0 ? (ulong)(uint)lexicon.Cluster(ws.StemEntry[i], 2) : 0xFFFD));
        f[k++] = Index(FeatureHash.Feature(53, C(i - 1, 1), C(i, 1)));
        f[k++] = Index(FeatureHash.Feature(54, C(i, 1), C(i + 1, 1)));
        f[k++] = Index(FeatureHash.Feature(55, W(i - 1), C(i, 2)));
        f[k++] = Index(FeatureHash.Feature(56, E(i) == 0xFFFF ? 1UL : 0UL, ws.ShapeHash[i]));

        // Cue windows: how far back the nearest title/introducer is, and how far ahead a verb of saying.
        f[k++] = Index(FeatureHash.Feature(65, (ulong)Nearest(ws, i, -1, 4, GazetteerFlags.TitleEnd | GazetteerFlags.CuePerson)));
        f[k++] = Index(FeatureHash.Feature(66, (ulong)Nearest(ws, i, +1, 3, GazetteerFlags.CueSay)));
        f[k++] = Index(FeatureHash.Feature(67, (ulong)Nearest(ws, i, -1, 3, GazetteerFlags.CuePlace)));
        f[k++] = Index(FeatureHash.Feature(68, (ulong)Nearest(ws, i, -1, 3, GazetteerFlags.CueOrg | GazetteerFlags.OrgHeadWord)));
        f[k++] = Index(FeatureHash.Feature(69, (ulong)Nearest(ws, i, -1, 2, GazetteerFlags.CueSay)));
        if (stem.Length > 5)
        {
            f[k++] = Index(FeatureHash.Feature(70, FeatureHash.Chars(stem[..4])));
            f[k++] = Index(FeatureHash.Feature(71, FeatureHash.Chars(stem[^4..])));
        }

        // Document evidence: how often the word occurs in the document, then (below) what its occurrences say.
        var (docBits, docCount) = ws.Evidence.Of(ws.GazKey[i]);
        f[k++] = Index(FeatureHash.Feature(72, (ulong)Math.Min(docCount, 4)));

        // Gazetteer, cue and document flags, one feature per bit, last: their number varies, and Flags stops at the stride.
        k = Flags(f, k, 60, G(i));
        k = Flags(f, k, 61, G(i - 1));
        k = Flags(f, k, 62, G(i + 1));
        k = Flags(f, k, 63, G(i - 2) & (ulong)(GazetteerFlags.TitleEnd | GazetteerFlags.CueSay | GazetteerFlags.CuePlace));
        k = Flags(f, k, 64, G(i + 2) & (ulong)(GazetteerFlags.CueSay | GazetteerFlags.TitleEnd));
        k = Flags(f, k, 73, docBits);

        ws.FeatureCount[i] = k;
    }

    private int Flags(Span<int> f, int k, int template, ulong bits)
    {
        while (bits != 0 && k < f.Length)
        {
            var b = BitOperations.TrailingZeroCount(bits);
            f[k++] = Index(FeatureHash.Feature(template, (ulong)b));
            bits &= bits - 1;
        }

        return k;
    }

    /// <summary>Distance (1..<paramref name="limit"/>) to the nearest token in direction <paramref name="step"/> with any
    /// of <paramref name="wanted"/>, or 0 when there is none in reach.</summary>
    private static int Nearest(NerWorkspace ws, int i, int step, int limit, GazetteerFlags wanted)
    {
        for (var d = 1; d <= limit; d++)
        {
            var j = i + (d * step);
            if (j < 0 || j >= ws.Length)
            {
                return 0;
            }

            if ((ws.Flags[j] & wanted) != 0)
            {
                return d;
            }
        }

        return 0;
    }

    private static int Best(NerWorkspace ws, int j) => ws.Entry[j] >= 0 ? ws.Entry[j] : ws.StemEntry[j];

    private int Index(uint hash) => (int)(hash & (uint)mask);
}

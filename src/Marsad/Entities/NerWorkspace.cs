using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Reusable per-thread buffers for one sentence: each token's normalised characters, its hashes and lexicon entries,
/// and the hashed features. Tokens are added as spans, so tagging a sentence allocates nothing once warmed up.
/// </summary>
public sealed class NerWorkspace
{
    /// <summary>Characters of a token that the features look at; longer tokens are cut (their identity hash covers all).</summary>
    internal const int MaxTokenChars = 48;

    /// <summary>Maximum hashed features per token.</summary>
    internal const int Stride = 128;

    /// <summary>Room for the one-pass features; a two-pass model's second-pass features follow them.</summary>
    internal const int BaseStride = 112;

    internal char[] Chars = new char[1024];
    internal int[] CharStart = new int[64];
    internal int[] CharLength = new int[64];
    internal int[] Proclitic = new int[64];
    internal ulong[] NormHash = new ulong[64];
    internal ulong[] StemHash = new ulong[64];

    /// <summary>Hash of the normalised (cut) form, for lexicon lookups; equals <see cref="NormHash"/> unless the token was cut.</summary>
    internal ulong[] FormHash = new ulong[64];
    internal ulong[] GazKey = new ulong[64];

    /// <summary>Letters cut from the normalised form before <see cref="GazKey"/> is taken (a greedy proclitic strip).</summary>
    internal int[] KeyStrip = new int[64];
    internal ulong[] ShapeHash = new ulong[64];
    internal int[] Entry = new int[64];
    internal int[] StemEntry = new int[64];

    /// <summary>Cluster ids of each token's lexicon entry (<see cref="WordLexicon.Levels"/> per token, -1 when unknown).</summary>
    internal int[] Clusters = new int[64 * WordLexicon.Levels];
    internal GazetteerWord[] GazWord = new GazetteerWord[64];
    internal GazetteerFlags[] Flags = new GazetteerFlags[64];

    /// <summary>Hash of each token as written, and its slot in <see cref="Cache"/>.</summary>
    internal ulong[] RawKey = new ulong[64];
    internal int[] Slot = new int[64];

    /// <summary>Each token's word-only feature indices, copied out of <see cref="Cache"/> (a later token of the
    /// sentence may take over its slot).</summary>
    internal int[] Lexical = new int[64 * TokenCache.LexicalStride];
    internal int[] LexicalCount = new int[64];
    internal int[] AffixCount = new int[64];
    internal int[] Features = new int[64 * Stride];
    internal int[] FeatureCount = new int[64];
    internal float[] Emission = new float[64 * NerTags.Count];
    internal float[] Lattice = new float[64 * NerTags.Count];
    internal int[] Back = new int[64 * NerTags.Count];
    internal int[] Path = new int[64];
    private int charsUsed;

    /// <summary>Evidence from the whole document (see <see cref="BeginDocument"/>); otherwise from the sentence alone.</summary>
    internal DocumentEvidence Evidence { get; } = new();

    internal TokenCache Cache { get; } = new();

    /// <summary>Inputs and outputs of a model's <see cref="NeuralScorer"/> (stacked models only).</summary>
    internal NeuralBuffers Neural { get; } = new();

    /// <summary>The first pass's tags of the document's words (two-pass models; see <see cref="NerTagger.AddFirstPass"/>).</summary>
    internal DocumentVotes Votes { get; } = new();

    /// <summary>The first pass's tags of the sentence being tagged (two-pass models).</summary>
    internal int[] FirstTags = new int[64];

    /// <summary>Whether <see cref="Evidence"/> holds a document's evidence (collected by the tagger before tagging).</summary>
    internal bool InDocument { get; private set; }

    public int Length { get; private set; }

    public void Clear()
    {
        Length = 0;
        charsUsed = 0;
    }

    /// <summary>Starts collecting document evidence: sentences are then given to <see cref="NerTagger.AddToDocument"/>
    /// before any is tagged, until <see cref="EndDocument"/>.</summary>
    public void BeginDocument()
    {
        Evidence.Clear();
        Votes.Clear();
        InDocument = true;
    }

    public void EndDocument()
    {
        Evidence.Clear();
        Votes.Clear();
        InDocument = false;
    }

    /// <summary>Appends a token for the first pass over a document (collecting its evidence). It does what
    /// <see cref="Add"/> does: with the token cache the full analysis is paid once per distinct word either way, and
    /// the tagging pass then finds every token of the document in the cache.</summary>
    public void AddForEvidence(ReadOnlySpan<char> token) => Add(token);

    /// <summary>Appends a token (any text: it is normalised and cut to <see cref="MaxTokenChars"/> for the features).</summary>
    public void Add(ReadOnlySpan<char> token)
    {
        EnsureTokens(Length + 1);
        if (charsUsed + MaxTokenChars > Chars.Length)
        {
            Array.Resize(ref Chars, Chars.Length * 2);
        }

        var cut = token.Length > MaxTokenChars ? token[..MaxTokenChars] : token;
        var n = ArabicForms.Normalize(cut, Chars.AsSpan(charsUsed, MaxTokenChars));
        var i = Length;
        CharStart[i] = charsUsed;
        CharLength[i] = n;
        var key = FeatureHash.Chars(token);
        var slot = TokenCache.SlotOf(key);
        ref var facts = ref Cache.Facts[slot];
        if (!Cache.Holds(slot, key))
        {
            var norm = Chars.AsSpan(charsUsed, n);
            var formHash = FeatureHash.Chars(norm);
            var p = ProcliticLength(cut);
            var strip = ArabicForms.ProcliticLength(norm, 3);
            facts = new TokenFacts
            {
                Key = key,
                FormHash = formHash,
                NormHash = token.Length > MaxTokenChars ? key : formHash,
                Proclitic = p,
                StemHash = FeatureHash.Chars(norm[p..]),
                KeyStrip = strip,
                GazKey = FeatureHash.Chars(norm[strip..]),
                ShapeHash = ShapeOf(token),
                Length = n,
                Filled = true,
            };
        }

        RawKey[i] = key;
        Slot[i] = slot;
        FormHash[i] = facts.FormHash;
        NormHash[i] = facts.NormHash;
        Proclitic[i] = facts.Proclitic;
        StemHash[i] = facts.StemHash;
        KeyStrip[i] = facts.KeyStrip;
        GazKey[i] = facts.GazKey;
        ShapeHash[i] = facts.ShapeHash;
        charsUsed += n;
        Length++;
    }

    /// <summary>Puts token <paramref name="i"/>'s own facts back into its cache slot when another token of the sentence
    /// took the slot over since it was added; the lexical part is then recomputed by the extractor.</summary>
    internal ref TokenFacts Reclaim(int i)
    {
        var slot = Slot[i];
        ref var facts = ref Cache.Facts[slot];
        if (!Cache.Holds(slot, RawKey[i]))
        {
            facts = new TokenFacts
            {
                Key = RawKey[i],
                FormHash = FormHash[i],
                NormHash = NormHash[i],
                Proclitic = Proclitic[i],
                StemHash = StemHash[i],
                KeyStrip = KeyStrip[i],
                GazKey = GazKey[i],
                ShapeHash = ShapeHash[i],
                Length = CharLength[i],
                Filled = true,
            };
        }

        return ref facts;
    }

    /// <summary>The proclitic length, in normalised letters, that the text layer's <see cref="CliticAnalyzer"/> finds
    /// (it keeps names such as بركات or لبنان whole, where a greedy strip would not). The costly part of a new word.</summary>
    private static int ProcliticLength(ReadOnlySpan<char> token)
    {
        var split = CliticAnalyzer.Default.Analyze(token);
        Span<char> buffer = stackalloc char[MaxTokenChars];
        return ArabicForms.Normalize(token[..split.PrefixLength], buffer);
    }

    internal ReadOnlySpan<char> Norm(int i) => Chars.AsSpan(CharStart[i], CharLength[i]);

    private void EnsureTokens(int n)
    {
        if (n <= CharStart.Length)
        {
            return;
        }

        var size = Math.Max(n, CharStart.Length * 2);
        Array.Resize(ref CharStart, size);
        Array.Resize(ref CharLength, size);
        Array.Resize(ref Proclitic, size);
        Array.Resize(ref NormHash, size);
        Array.Resize(ref StemHash, size);
        Array.Resize(ref FormHash, size);
        Array.Resize(ref GazKey, size);
        Array.Resize(ref KeyStrip, size);
        Array.Resize(ref ShapeHash, size);
        Array.Resize(ref Entry, size);
        Array.Resize(ref StemEntry, size);
        Array.Resize(ref Clusters, size * WordLexicon.Levels);
        Array.Resize(ref GazWord, size);
        Array.Resize(ref Flags, size);
        Array.Resize(ref RawKey, size);
        Array.Resize(ref Slot, size);
        Array.Resize(ref Lexical, size * TokenCache.LexicalStride);
        Array.Resize(ref LexicalCount, size);
        Array.Resize(ref AffixCount, size);
        Array.Resize(ref Features, size * Stride);
        Array.Resize(ref FeatureCount, size);
        Array.Resize(ref Emission, size * NerTags.Count);
        Array.Resize(ref Lattice, size * NerTags.Count);
        Array.Resize(ref Back, size * NerTags.Count);
        Array.Resize(ref Path, size);
        Array.Resize(ref FirstTags, size);
    }

    /// <summary>A compressed character-class shape (a = Arabic, d = digit, L/l = Latin, p = punctuation), repeats collapsed.</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> token)
    {
        ulong h = 1469598103934665603UL;
        var last = '\0';
        var n = 0;
        foreach (var c in token)
        {
            var k = c switch
            {
                _ when ArabicForms.IsArabicLetter(c) => 'a',
                >= '0' and <= '9' or >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9' => 'd',
                >= 'A' and <= 'Z' => 'L',
                >= 'a' and <= 'z' => 'l',
                >= '\u064B' and <= '\u065F' or '\u0640' => last,
                _ when char.IsPunctuation(c) || char.IsSymbol(c) => c is '.' or ',' or '،' or '-' or '/' or '(' or ')' or '"' ? c : 'p',
                _ => 'o',
            };
            if (k == last)
            {
                continue;
            }

            last = k;
            h = (h ^ k) * 1099511628211UL;
            if (++n >= 6)
            {
                break;
            }
        }

        return h;
    }
}

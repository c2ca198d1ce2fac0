namespace Marsad.Entities;

/// <summary>
/// The inputs of the <see cref="NeuralScorer"/> for each token of a prepared <see cref="NerWorkspace"/>: its lexicon
/// entry (whose frozen vector it reads, with its neighbours') and hashed sparse features — prefixes and suffixes of the
/// word and of its clitic-stripped stem, shape, proclitic, the neighbours' first and last letters, and the gazetteer
/// and cue flags of the ±2 window — each of which has a learned row of hidden units.
/// </summary>
internal static class NeuralInput
{
    /// <summary>Word vectors and flags are read over ±<see cref="WindowOf"/> tokens.</summary>
    public static int WindowOf(NeuralInputSet inputs) => (inputs & NeuralInputSet.WideWindow) != 0 ? 3 : 2;

    /// <summary>Window positions (each has its own weights for the word vector there).</summary>
    public static int PositionsOf(NeuralInputSet inputs) => (2 * WindowOf(inputs)) + 1;

    /// <summary>Sparse ids that carry the word's own identity (hidden by word dropout in training).</summary>
    public const int IdentityTemplate = 240;

    /// <summary>Fills <see cref="NerWorkspace.Neural"/> from the workspace (after the extractor prepared it).</summary>
    public static void Fill(NerWorkspace ws, int sparseBits, NeuralInputSet inputs) => Fill(ws, sparseBits, inputs, onlyNeeded: false);

    /// <summary>Fills every token's lexicon entry, and the sparse ids of every token or (with
    /// <paramref name="onlyNeeded"/>) of those marked in <see cref="NeuralBuffers.Needed"/>.</summary>
    public static void Fill(NerWorkspace ws, int sparseBits, NeuralInputSet inputs, bool onlyNeeded)
    {
        var n = ws.Length;
        var nb = ws.Neural;
        nb.Ensure(n);
        var mask = (1 << sparseBits) - 1;
        var window = WindowOf(inputs);
        for (var i = 0; i < n; i++)
        {
            nb.Word[i] = ws.Entry[i] >= 0 ? ws.Entry[i] : ws.StemEntry[i];
        }

        for (var i = 0; i < n; i++)
        {
            if (onlyNeeded && !nb.Needed[i])
            {
                continue;
            }

            var ids = nb.Sparse.AsSpan(i * NeuralBuffers.MaxSparse, inputs == NeuralInputSet.None ? NeuralBuffers.BaseMaxSparse : NeuralBuffers.MaxSparse);
            var k = 0;
            void Add(Span<int> ids, uint hash)
            {
                if (k < ids.Length)
                {
                    ids[k++] = (int)(hash & (uint)mask);
                }
            }

            var norm = ws.Norm(i);
            var stem = norm[Math.Min(ws.Proclitic[i], norm.Length)..];

            // The stem's identity first: word dropout hides slot 0.
            Add(ids, FeatureHash.Feature(IdentityTemplate, ws.StemHash[i]));
            Add(ids, FeatureHash.Feature(241, 1));
            for (var a = 1; a <= 3; a++)
            {
                if (norm.Length > a)
                {
                    Add(ids, FeatureHash.Feature(210 + a, FeatureHash.Chars(norm[..a])));
                    Add(ids, FeatureHash.Feature(214 + a, FeatureHash.Chars(norm[^a..])));
                }

                if (stem.Length > a + 1)
                {
                    Add(ids, FeatureHash.Feature(218 + a, FeatureHash.Chars(stem[..a])));
                    Add(ids, FeatureHash.Feature(222 + a, FeatureHash.Chars(stem[^a..])));
                }
            }

            Add(ids, FeatureHash.Feature(226, ws.ShapeHash[i]));
            Add(ids, FeatureHash.Feature(227, FeatureHash.Chars(norm[..(norm.Length - stem.Length)])));
            Add(ids, FeatureHash.Feature(228, (ulong)Math.Min(norm.Length, 10)));
            for (var o = -window; o <= window; o++)
            {
                var j = i + o;
                var position = (ulong)(o + window);
                if (j < 0 || j >= n)
                {
                    Add(ids, FeatureHash.Feature(229, position));
                    continue;
                }

                if (nb.Word[j] < 0)
                {
                    Add(ids, FeatureHash.Feature(230, position));
                }

                var bits = (uint)ws.Flags[j];
                while (bits != 0)
                {
                    var b = System.Numerics.BitOperations.TrailingZeroCount(bits);
                    Add(ids, FeatureHash.Feature(231, position, (ulong)b));
                    bits &= bits - 1;
                }

                if (o is -1 or 1)
                {
                    var word = ws.Norm(j);
                    var two = Math.Min(2, word.Length);
                    Add(ids, FeatureHash.Feature(232, position, FeatureHash.Chars(word[..two])));
                    Add(ids, FeatureHash.Feature(233, position, FeatureHash.Chars(word[^two..])));
                }

                if (o != 0 && (inputs & NeuralInputSet.NeighbourAffixes) != 0)
                {
                    var word = ws.Norm(j);
                    var neighbourStem = word[Math.Min(ws.Proclitic[j], word.Length)..];
                    for (var a = 2; a <= 3 && a < neighbourStem.Length; a++)
                    {
                        Add(ids, FeatureHash.Feature(234 + a, position, FeatureHash.Chars(neighbourStem[..a])));
                        Add(ids, FeatureHash.Feature(236 + a, position, FeatureHash.Chars(neighbourStem[^a..])));
                    }

                    if (o is -1 or 1)
                    {
                        Add(ids, FeatureHash.Feature(242, position, ws.StemHash[j]));
                    }
                }
            }

            if ((inputs & NeuralInputSet.WordTrigrams) != 0)
            {
                AddTrigrams(ids, ref k, mask, norm);
            }

            nb.SparseCount[i] = k;
        }
    }

    /// <summary>Hashes of the word's letter trigrams, the word's start and end counted as letters (so a two-letter
    /// word has one), at most <see cref="MaxTrigrams"/>.</summary>
    private static void AddTrigrams(Span<int> ids, ref int k, int mask, ReadOnlySpan<char> word)
    {
        const char edge = '\u0002';
        var count = 0;
        for (var start = -1; start + 3 <= word.Length + 1 && count < MaxTrigrams && k < ids.Length; start++, count++)
        {
            var hash = 0xCBF29CE484222325UL;
            for (var c = start; c < start + 3; c++)
            {
                hash = (hash ^ (c < 0 || c >= word.Length ? edge : word[c])) * 0x100000001B3UL;
            }

            ids[k++] = (int)(FeatureHash.Feature(243, hash) & (uint)mask);
        }
    }

    /// <summary>Most letter trigrams one token adds (long words keep their first ones).</summary>
    private const int MaxTrigrams = 10;
}

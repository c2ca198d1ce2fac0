namespace Marsad.Entities;

/// <summary>
/// The inputs of the <see cref="NeuralScorer"/> for each token of a prepared <see cref="NerWorkspace"/>: its lexicon
/// entry (whose frozen vector it reads, with its neighbours') and hashed sparse features — prefixes and suffixes of the
/// word and of its clitic-stripped stem, shape, proclitic, the neighbours' first and last letters, and the gazetteer
/// and cue flags of the ±2 window — each of which has a learned row of hidden units.
/// </summary>
internal static class NeuralInput
{
    /// <summary>Word vectors and flags are read over ±<see cref="Window"/> tokens.</summary>
    public const int Window = 2;

    public const int Positions = (2 * Window) + 1;

    /// <summary>Sparse ids that carry the word's own identity (hidden by word dropout in training).</summary>
    public const int IdentityTemplate = 240;

    /// <summary>Fills <see cref="NerWorkspace.Neural"/> from the workspace (after the extractor prepared it).</summary>
    public static void Fill(NerWorkspace ws, int sparseBits) => Fill(ws, sparseBits, onlyNeeded: false);

    /// <summary>Fills every token's lexicon entry, and the sparse ids of every token or (with
    /// <paramref name="onlyNeeded"/>) of those marked in <see cref="NeuralBuffers.Needed"/>.</summary>
    public static void Fill(NerWorkspace ws, int sparseBits, bool onlyNeeded)
    {
        var n = ws.Length;
        var nb = ws.Neural;
        nb.Ensure(n);
        var mask = (1 << sparseBits) - 1;
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

            var ids = nb.Sparse.AsSpan(i * NeuralBuffers.MaxSparse, NeuralBuffers.MaxSparse);
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
            for (var o = -Window; o <= Window; o++)
            {
                var j = i + o;
                var position = (ulong)(o + Window);
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
            }

            nb.SparseCount[i] = k;
        }
    }
}

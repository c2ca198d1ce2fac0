using System.Numerics;
using System.Runtime.CompilerServices;

namespace Marsad.Entities;

/// <summary>
/// First-order Viterbi over the BIO tags with the constraint that I-X only follows B-X or I-X. Transitions are a
/// (1 + <see cref="NerTags.Count"/>) × <see cref="NerTags.Count"/> table whose first row scores the sentence start.
/// </summary>
public static class Viterbi
{
    /// <summary><see cref="NerTags.Allowed"/> as a table: row 0 is the sentence start, row p + 1 follows tag p.</summary>
    private static readonly bool[] AllowedTable = BuildAllowed();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Decode<T>(ReadOnlySpan<T> emissions, ReadOnlySpan<T> transitions, int length, Span<T> scores, Span<int> back, Span<int> path)
        where T : INumber<T>, IMinMaxValue<T>
    {
        const int K = NerTags.Count;
        if (length == 0)
        {
            return;
        }

        var floor = T.MinValue / (T.One + T.One + T.One + T.One);
        for (var t = 0; t < K; t++)
        {
            scores[t] = AllowedTable[t] ? transitions[t] + emissions[t] : floor;
        }

        for (var i = 1; i < length; i++)
        {
            var prev = scores.Slice((i - 1) * K, K);
            for (var t = 0; t < K; t++)
            {
                var best = floor;
                var arg = 0;
                for (var p = 0; p < K; p++)
                {
                    if (!AllowedTable[((p + 1) * K) + t] || prev[p] <= floor)
                    {
                        continue;
                    }

                    var s = prev[p] + transitions[((p + 1) * K) + t];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                scores[(i * K) + t] = best <= floor ? floor : best + emissions[(i * K) + t];
                back[(i * K) + t] = arg;
            }
        }

        var last = scores.Slice((length - 1) * K, K);
        var bestTag = 0;
        for (var t = 1; t < K; t++)
        {
            if (last[t] > last[bestTag])
            {
                bestTag = t;
            }
        }

        path[length - 1] = bestTag;
        for (var i = length - 1; i > 0; i--)
        {
            path[i - 1] = back[(i * K) + path[i]];
        }
    }

    private static bool[] BuildAllowed()
    {
        const int K = NerTags.Count;
        var table = new bool[(K + 1) * K];
        for (var p = -1; p < K; p++)
        {
            for (var t = 0; t < K; t++)
            {
                table[((p + 1) * K) + t] = NerTags.Allowed(p, t);
            }
        }

        return table;
    }
}

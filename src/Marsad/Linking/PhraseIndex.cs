using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>
/// Multi-word phrases (names, aliases, titles, descriptions) indexed by their first word's key, matched over
/// <see cref="LinkToken"/>s: longest phrase first, on word boundaries, with the first word read with or without
/// its proclitics. Built once, then read-only and thread-safe.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> byFirst = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>Adds a phrase; empty phrases are ignored. The same phrase may carry several values.</summary>
    public void Add(string phrase, T value)
    {
        var words = LinkKey.Words(phrase);
        if (words.Length == 0)
        {
            return;
        }

        if (!byFirst.TryGetValue(words[0], out var list))
        {
            byFirst[words[0]] = list = [];
        }

        list.Add((words, value));
        Count++;
    }

    /// <summary>Sorts each bucket longest first; call once after the last <see cref="Add"/>.</summary>
    public PhraseIndex<T> Freeze()
    {
        foreach (var list in byFirst.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        return this;
    }

    /// <summary>Every value of the phrase whose key is exactly <paramref name="key"/>.</summary>
    public IEnumerable<T> Exact(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !byFirst.TryGetValue(words[0], out var list))
        {
            yield break;
        }

        foreach (var (w, v) in list)
        {
            if (w.AsSpan().SequenceEqual(words))
            {
                yield return v;
            }
        }
    }

    /// <summary>The longest phrases starting at token <paramref name="i"/> (all values of that phrase); the word as
    /// written is tried before its proclitic readings.</summary>
    public ImmutableArray<PhraseMatch<T>> MatchAt(string text, IReadOnlyList<LinkToken> tokens, int i)
    {
        var token = tokens[i];
        var found = Longest(tokens, i, token.Key, token.Start);
        if (!found.IsEmpty)
        {
            return found;
        }

        foreach (var (skip, key) in Proclitics.Strip(text, token.Start, token.End))
        {
            found = Longest(tokens, i, key, token.Start + skip);
            if (!found.IsEmpty)
            {
                return found;
            }
        }

        return [];
    }

    private ImmutableArray<PhraseMatch<T>> Longest(IReadOnlyList<LinkToken> tokens, int i, string firstKey, int start)
    {
        if (!byFirst.TryGetValue(firstKey, out var list))
        {
            return [];
        }

        var best = 0;
        var result = ImmutableArray.CreateBuilder<PhraseMatch<T>>();
        foreach (var (words, value) in list)
        {
            if (words.Length < best)
            {
                break;
            }

            if (i + words.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < words.Length && ok; k++)
            {
                var t = tokens[i + k];
                ok = t.JoinsPrevious && string.Equals(t.Key, words[k], StringComparison.Ordinal);
            }

            if (ok)
            {
                best = words.Length;
                var last = i + words.Length - 1;
                result.Add(new PhraseMatch<T>(i, last, start, tokens[last].End, value));
            }
        }

        return result.ToImmutable();
    }
}

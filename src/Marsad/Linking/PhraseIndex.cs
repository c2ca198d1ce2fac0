using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>
/// Multi-word phrases (names, aliases, titles, descriptions) in a trie of words, matched over
/// <see cref="LinkToken"/>s: longest phrase first, on word boundaries, with the first word read with or without
/// its proclitics. A match costs one dictionary look-up per word, however many phrases share a first word
/// (hundreds start with «وزير»). Built once, then read-only and thread-safe.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, Node> byFirst = new(StringComparer.Ordinal);

    // Taken once: GetAlternateLookup checks the comparer with an interface cast on every call, and the linker asks
    // an index for every word of a body and each of its proclitic readings.
    private readonly Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> byFirstSpans;

    public PhraseIndex() => byFirstSpans = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count { get; private set; }

    /// <summary>Adds a phrase; empty phrases are ignored. The same phrase may carry several values, kept in the
    /// order they were added.</summary>
    public void Add(string phrase, T value)
    {
        var words = LinkKey.Words(phrase);
        if (words.Length == 0)
        {
            return;
        }

        var node = Child(byFirst, words[0]);
        for (var k = 1; k < words.Length; k++)
        {
            node = Child(node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal), words[k]);
        }

        (node.Values ??= []).Add(value);
        Count++;
    }

    /// <summary>The words phrases start with: a word that is none of them cannot start a match.</summary>
    public IEnumerable<string> FirstWords => byFirst.Keys;

    /// <summary>Ends building; kept so that callers say where the index becomes read-only.</summary>
    public PhraseIndex<T> Freeze() => this;

    /// <summary>Every value of the phrase whose key is exactly <paramref name="key"/>.</summary>
    public IEnumerable<T> Exact(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !byFirst.TryGetValue(words[0], out var node))
        {
            return [];
        }

        for (var k = 1; k < words.Length; k++)
        {
            if (node.Children is null || !node.Children.TryGetValue(words[k], out node))
            {
                return [];
            }
        }

        return node.Values ?? [];
    }

    /// <summary>The longest phrases starting at token <paramref name="i"/> (all values of that phrase); the word as
    /// written is tried before its proclitic readings. Allocation-free unless something matches.</summary>
    public ImmutableArray<PhraseMatch<T>> MatchAt(string text, ImmutableArray<LinkToken> tokens, int i)
    {
        var token = tokens[i];
        var found = Longest(tokens, i, token.Key, token.Start);
        if (!found.IsEmpty)
        {
            return found;
        }

        Span<ProcliticReading> readings = stackalloc ProcliticReading[Proclitics.MaxReadings];
        var count = Proclitics.Readings(text, token.Start, token.End, readings);
        if (count == 0)
        {
            return [];
        }

        Span<char> buffer = token.Key.Length < 256 ? stackalloc char[token.Key.Length + 1] : new char[token.Key.Length + 1];
        for (var r = 0; r < count; r++)
        {
            found = Longest(tokens, i, Proclitics.KeyOf(text, token, readings[r], buffer), token.Start + readings[r].Skip);
            if (!found.IsEmpty)
            {
                return found;
            }
        }

        return [];
    }

    private ImmutableArray<PhraseMatch<T>> Longest(ImmutableArray<LinkToken> tokens, int i, ReadOnlySpan<char> firstKey, int start)
    {
        if (!byFirstSpans.TryGetValue(firstKey, out var node))
        {
            return [];
        }

        Node? best = node.Values is null ? null : node;
        var bestLast = i;
        for (var k = i + 1; k < tokens.Length && node.Children is not null; k++)
        {
            var token = tokens[k];
            if (!token.JoinsPrevious || !node.Children.TryGetValue(token.Key, out node))
            {
                break;
            }

            if (node.Values is not null)
            {
                (best, bestLast) = (node, k);
            }
        }

        if (best?.Values is not { } values)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<PhraseMatch<T>>(values.Count);
        foreach (var value in values)
        {
            result.Add(new PhraseMatch<T>(i, bestLast, start, tokens[bestLast].End, value));
        }

        return result.MoveToImmutable();
    }

    private static Node Child(Dictionary<string, Node> children, string word)
    {
        if (!children.TryGetValue(word, out var node))
        {
            children[word] = node = new Node();
        }

        return node;
    }

    /// <summary>A word of the trie: the phrases that end here and the words that may follow.</summary>
    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<T>? Values { get; set; }
    }
}

using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// The "ner" stage: tags the article's tokens sentence by sentence and fills <see cref="AnalyzedArticle.Mentions"/>
/// (typed, exact body offsets; a leading و/ف/ب/ل/ك is left out of the span when the corpus statistics say it is a
/// clitic) and, as the default before linking, <see cref="AnalyzedArticle.Entities"/>: one entity per distinct
/// normalised surface form. Thread-safe.
/// </summary>
public sealed class NerAnnotator : IAnnotator
{
    private readonly Lazy<NerTagger> tagger;

    /// <summary>An annotator with the given tagger, or with the shipped model loaded on first use.</summary>
    public NerAnnotator(NerTagger? tagger = null)
    {
        this.tagger = tagger is null ? new Lazy<NerTagger>(() => NerTagger.Default) : new Lazy<NerTagger>(tagger);
    }

    /// <summary>An annotator whose tagger is made on first use (so that building a pipeline stays cheap).</summary>
    public NerAnnotator(Func<NerTagger> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        tagger = new Lazy<NerTagger>(factory, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name => "ner";

    public AnalyzedArticle Annotate(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Body ?? string.Empty;
        var tokens = article.Tokens.IsDefaultOrEmpty ? ArabicTokenizer.Tokenize(body) : article.Tokens;
        var mentions = FindMentions(body, tokens, article.Sentences);
        return article with { Mentions = mentions, Entities = EntityGrouping.ByNormalizedForm(mentions) };
    }

    /// <summary>Tags the tokens of <paramref name="body"/> and returns the mentions in text order.</summary>
    public ImmutableArray<EntityMention> FindMentions(string body, ImmutableArray<Token> tokens, ImmutableArray<SentenceSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(body);
        var t = tagger.Value;
        var ws = NerTagger.ThreadWorkspace();
        var result = ImmutableArray.CreateBuilder<EntityMention>();
        var tags = new int[ConllTagging.MaxSentence];
        var covered = new bool[tokens.Length];
        var bounds = SentenceBounds(body, tokens, sentences);

        // First pass: what the whole article says about each word (the tagger's document evidence).
        ws.BeginDocument();
        try
        {
            for (var b = 0; b + 1 < bounds.Count; b++)
            {
                ws.Clear();
                for (var i = bounds[b]; i < bounds[b + 1]; i++)
                {
                    ws.AddForEvidence(tokens[i].Of(body));
                }

                t.AddToDocument(ws);
            }

            if (t.IsTwoPass)
            {
                for (var b = 0; b + 1 < bounds.Count; b++)
                {
                    Fill(ws, body, tokens, bounds[b], bounds[b + 1]);
                    t.AddFirstPass(ws);
                }
            }

            for (var b = 0; b + 1 < bounds.Count; b++)
            {
                var first = bounds[b];
                var last = bounds[b + 1];
                Fill(ws, body, tokens, first, last);
                t.Tag(ws, tags);
                foreach (var chunk in EntityChunk.FromTags(tags.AsSpan(0, last - first)))
                {
                    var start = tokens[first + chunk.Start].Start;
                    var end = tokens[first + chunk.End - 1].End;
                    start += CliticLength(t, body.AsSpan(start, tokens[first + chunk.Start].Length));
                    if (end > start)
                    {
                        result.Add(new EntityMention(body[start..end], start, end) { Type = chunk.Type });
                        covered.AsSpan(first + chunk.Start, chunk.End - chunk.Start).Fill(true);
                    }
                }
            }
        }
        finally
        {
            ws.EndDocument();
        }

        Propagate(t, body, tokens, covered, result);
        return result.ToImmutable();
    }

    /// <summary>Token indices where the tagger's sentences start, then the token count: a sentence ends at the end of
    /// its <see cref="SentenceSpan"/>, at a line break, or at the size limit.</summary>
    private static List<int> SentenceBounds(string body, ImmutableArray<Token> tokens, ImmutableArray<SentenceSpan> sentences)
    {
        var bounds = new List<int>();
        var sentenceIndex = 0;
        var first = 0;
        while (first < tokens.Length)
        {
            bounds.Add(first);
            while (!sentences.IsDefaultOrEmpty && sentenceIndex < sentences.Length && sentences[sentenceIndex].End <= tokens[first].Start)
            {
                sentenceIndex++;
            }

            var limit = !sentences.IsDefaultOrEmpty && sentenceIndex < sentences.Length ? sentences[sentenceIndex].End : int.MaxValue;
            var last = first + 1;
            while (last < tokens.Length && last - first < ConllTagging.MaxSentence && tokens[last].Start < limit
                   && !HasLineBreak(body, tokens[last - 1].End, tokens[last].Start))
            {
                last++;
            }

            first = last;
        }

        bounds.Add(tokens.Length);
        return bounds;
    }

    private static void Fill(NerWorkspace ws, string body, ImmutableArray<Token> tokens, int first, int last)
    {
        ws.Clear();
        for (var i = first; i < last; i++)
        {
            ws.Add(tokens[i].Of(body));
        }
    }

    /// <summary>
    /// One sense per article: a one-word name the tagger found somewhere, or the last word of a person's full name
    /// (كيري after جون كيري), is also a mention where it stands alone untagged elsewhere in the same article.
    /// </summary>
    private static void Propagate(NerTagger tagger, string body, ImmutableArray<Token> tokens, bool[] covered, ImmutableArray<EntityMention>.Builder mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var known = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var words = EntityGrouping.Key(m.Text).Split(' ');
            if (words.Length == 1 && words[0].Length >= 3)
            {
                known.TryAdd(words[0], m.Type);
            }
            else if (words.Length >= 2 && m.Type == EntityType.PERS && words[^1].Length >= 3)
            {
                known.TryAdd(words[^1], EntityType.PERS);
            }
        }

        var added = false;
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[NerWorkspace.MaxTokenChars];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (covered[i] || tokens[i].Kind != TokenKind.ArabicWord || tokens[i].Length > NerWorkspace.MaxTokenChars)
            {
                continue;
            }

            var text = tokens[i].Of(body);

            // Cheap test first: the form looked up below is the normalised token less at most two clitic letters, so
            // a token none of whose such forms is known cannot match (most tokens; saves the corpus-count lookups).
            var whole = ArabicForms.Normalize(text, buffer);
            if (!lookup.ContainsKey(buffer[..whole]) && (whole < 2 || !lookup.ContainsKey(buffer[1..whole])) && (whole < 3 || !lookup.ContainsKey(buffer[2..whole])))
            {
                continue;
            }

            var cut = CliticLength(tagger, text);
            var n = ArabicForms.Normalize(text[cut..], buffer);
            if (lookup.TryGetValue(buffer[..n], out var type))
            {
                var start = tokens[i].Start + cut;
                mentions.Add(new EntityMention(body[start..tokens[i].End], start, tokens[i].End) { Type = type });
                added = true;
            }
        }

        if (added)
        {
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// How many chars of the token are a proclitic conjunction/preposition (و ف ب ل ك) to leave out of the mention:
    /// only when the form without it is known and clearly more frequent in the corpus (بروكسل vs وبروكسل), or is in a
    /// gazetteer — so names that begin with those letters (بوش، لبنان، فرنسا) keep them.
    /// </summary>
    internal static int CliticLength(NerTagger tagger, ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[NerWorkspace.MaxTokenChars];
        var n = ArabicForms.Normalize(token.Length > NerWorkspace.MaxTokenChars ? token[..NerWorkspace.MaxTokenChars] : token, buffer);
        var norm = buffer[..n];
        // A name the gazetteers know as written (فادي، فرنسا) keeps its first letter, however common the rest is as
        // a word (ادي is أدى folded).
        if (tagger.Gazetteer.KnowsNameAsWritten(norm))
        {
            return 0;
        }

        var cut = ArabicForms.ConjunctionPrepositionLength(norm, 2);
        var whole = tagger.Lexicon.CountOf(norm);
        while (cut > 0)
        {
            // ك before a name is rare and كيري-like names are common: never strip it. A preposition (ب ل) needs
            // stronger evidence than a conjunction (و ف).
            var last = norm[cut - 1];
            if (last != '\u0643')
            {
                var part = tagger.Lexicon.CountOf(norm[cut..]);
                var factor = last is '\u0648' or '\u0641' ? 3 : 10;
                if ((part > 0 && part >= factor * Math.Max(whole, 1)) || (whole == 0 && tagger.Gazetteer.KnowsWord(norm[cut..])))
                {
                    return ArabicForms.OriginalIndex(token, cut);
                }
            }

            cut--; // try stripping only the first letter (و of وب...)
            if (cut > 0 && !(norm[0] is '\u0648' or '\u0641'))
            {
                break;
            }
        }

        return 0;
    }

    private static bool HasLineBreak(string body, int from, int to)
    {
        for (var i = from; i < to && i < body.Length; i++)
        {
            if (body[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }
}

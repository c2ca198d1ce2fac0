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
        var sentenceIndex = 0;
        var first = 0;
        while (first < tokens.Length)
        {
            // A sentence ends at the end of its SentenceSpan, at a line break, or at the size limit.
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

            ws.Clear();
            for (var i = first; i < last; i++)
            {
                ws.Add(tokens[i].Of(body));
            }

            t.Tag(ws, tags);
            foreach (var chunk in EntityChunk.FromTags(tags.AsSpan(0, last - first)))
            {
                var start = tokens[first + chunk.Start].Start;
                var end = tokens[first + chunk.End - 1].End;
                start += CliticLength(t, body.AsSpan(start, tokens[first + chunk.Start].Length));
                if (end > start)
                {
                    result.Add(new EntityMention(body[start..end], start, end) { Type = chunk.Type });
                }
            }

            first = last;
        }

        return result.ToImmutable();
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
        var cut = ArabicForms.ConjunctionPrepositionLength(norm, 2);
        while (cut > 0)
        {
            var stripped = norm[cut..];
            var whole = tagger.Lexicon.CountOf(norm);
            var part = tagger.Lexicon.CountOf(stripped);
            if ((part > 0 && part >= 3 * Math.Max(whole, 1)) || (whole == 0 && tagger.Gazetteer.KnowsWord(stripped)))
            {
                return ArabicForms.OriginalIndex(token, cut);
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

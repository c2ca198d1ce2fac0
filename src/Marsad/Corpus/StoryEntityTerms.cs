using Marsad.Linking;
using Marsad.Model;

namespace Marsad.Corpus;

/// <summary>
/// The linked entities and speakers of an article as weighted terms of its story vector. An entity named in the lead
/// is what the report is about; one met only deep in a long article is background, and counting it fully made long
/// reports unlike short ones of the same event. Provisional ids (names the knowledge base lacks, mostly transliterated)
/// are folded to their consonants, so that two outlets' spellings of one foreign name (داود / داوود) meet.
/// </summary>
internal static class StoryEntityTerms
{
    /// <summary>Marks entity terms in a vector (no analysed word starts with a control character).</summary>
    public const string Prefix = "\u0001";

    /// <summary>
    /// Adds the entity terms of the article to <paramref name="counts"/> (the largest weight wins per term); mentions
    /// before <paramref name="leadStart"/> (an in-body dateline) do not count.
    /// </summary>
    public static void Add(Dictionary<string, double> counts, AnalyzedArticle article, StoryOptions options, int leadStart = 0)
    {
        if (options.EntityTermWeight <= 0)
        {
            return;
        }

        foreach (var entity in article.Entities)
        {
            if (entity.Type == EntityType.MISC || string.IsNullOrEmpty(entity.Id))
            {
                continue;
            }

            var first = int.MaxValue;
            foreach (var mention in entity.Mentions)
            {
                if (mention.Start >= leadStart)
                {
                    first = Math.Min(first, mention.Start - leadStart);
                }
            }

            if (first == int.MaxValue && !entity.Mentions.IsDefaultOrEmpty)
            {
                continue;
            }

            var weight = first < options.EntityLeadChars ? options.EntityTermWeight : options.EntityTermWeight * options.BodyEntityWeight;
            Put(counts, Term(entity.Id, options), weight);
        }

        if (options.SpeakerTermWeight <= 0)
        {
            return;
        }

        foreach (var quote in article.Quotes)
        {
            var speaker = quote.Speaker;
            if (speaker is not null && !string.IsNullOrWhiteSpace(speaker.Name))
            {
                var id = speaker.EntityId ?? ProvisionalId.For(EntityType.PERS, speaker.Name);
                Put(counts, Term(id, options), options.SpeakerTermWeight);
            }
        }
    }

    /// <summary>The vector term of an entity id.</summary>
    public static string Term(string id, StoryOptions options) =>
        Prefix + (options.FoldProvisionalIds && id.StartsWith(ProvisionalId.Prefix, StringComparison.Ordinal) ? Skeleton(id) : id);

    /// <summary>Sets a term's weight unless a larger one is there; a weight of 1/e or less would get a TF factor
    /// (1 + ln w) of zero or below, so it leaves the term out.</summary>
    private static void Put(Dictionary<string, double> counts, string term, double weight)
    {
        if (weight > 1 / Math.E && counts.GetValueOrDefault(term) < weight)
        {
            counts[term] = weight;
        }
    }

    /// <summary><c>prov:pers:داوود_امين</c> → <c>prov:دد_من</c>: type dropped (the tagger's type of an unknown name
    /// varies between outlets), long vowels, hamza seats and the final ة/ه dropped.</summary>
    private static string Skeleton(string id)
    {
        var name = id.AsSpan(ProvisionalId.Prefix.Length);
        var colon = name.IndexOf(':');
        if (colon >= 0)
        {
            name = name[(colon + 1)..];
        }

        Span<char> buffer = stackalloc char[Math.Min(name.Length, 256)];
        var length = 0;
        foreach (var c in name)
        {
            if (length == buffer.Length)
            {
                break;
            }

            if (c is not ('ا' or 'أ' or 'إ' or 'آ' or 'و' or 'ؤ' or 'ي' or 'ى' or 'ئ' or 'ء' or 'ة' or 'ه'))
            {
                buffer[length++] = c;
            }
        }

        return string.Concat(ProvisionalId.Prefix, buffer[..length]);
    }
}

using Marsad.Knowledge;
using Marsad.Linking;
using Marsad.Model;

namespace Marsad.Corpus;

/// <summary>
/// A story's core entities: those most of its members name (the missing journalist of an affair whose updates,
/// reactions and investigations are one story). Each follow-up of such an affair is worded around its own new fact
/// and shares little vocabulary with the rest, but it names the affair's subject early; that is evidence for joining
/// that TF-IDF alone does not weigh.
/// </summary>
internal static class StoryCoreEntities
{
    /// <summary>The entities the article names early (first mention before <see cref="StoryOptions.CoreEntityLeadChars"/>), of the types that may be core.</summary>
    public static List<string> Lead(AnalyzedArticle article, StoryOptions options)
    {
        var lead = new List<string>();
        if (options.CoreEntityBonus <= 0 && options.CoreMergeThreshold <= 0)
        {
            return lead;
        }

        foreach (var entity in article.Entities)
        {
            if (string.IsNullOrEmpty(entity.Id) || !MayBeCore(entity.Type, options) || IsOfficeHolder(entity.Id, options))
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                if (mention.Start < options.CoreEntityLeadChars)
                {
                    lead.Add(entity.Id);
                    break;
                }
            }
        }

        return lead;
    }

    /// <summary>
    /// The entities of any type (people with an office, places and organisations too) the article names early: alone
    /// each is the setting of many events, but an article naming several that most members of a story name is about
    /// that story's affair (a country's protests: its king, its prime minister and its capital).
    /// </summary>
    public static List<string> LeadSetting(AnalyzedArticle article, StoryOptions options)
    {
        var lead = new List<string>();
        if (options.SharedCoreBonus <= 0 && (options.LargeStoryThreshold is null || options.LargeStorySharedCore <= 0))
        {
            return lead;
        }

        foreach (var entity in article.Entities)
        {
            if (string.IsNullOrEmpty(entity.Id) || entity.Type == EntityType.MISC)
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                if (mention.Start < options.CoreEntityLeadChars)
                {
                    lead.Add(entity.Id);
                    break;
                }
            }
        }

        return lead;
    }

    /// <summary>
    /// How many of <paramref name="entities"/> at least <see cref="StoryOptions.CoreEntityShare"/> of the story's members
    /// name (people the knowledge base lists in an office left out when <paramref name="skipOfficeHolders"/>).
    /// </summary>
    public static int SharedCoreCount(List<string> entities, StoryState story, StoryOptions options, bool skipOfficeHolders = false)
    {
        if (entities.Count == 0 || story.Size < options.CoreEntityMinSize)
        {
            return 0;
        }

        var count = 0;
        foreach (var id in entities)
        {
            if (IsCore(story, id, options) && !(skipOfficeHolders && IsOfficeHolder(id, options)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether one of <paramref name="entities"/> is named by at least <see cref="StoryOptions.CoreEntityShare"/> of the story's members.</summary>
    public static bool SharesCore(List<string> entities, StoryState story, StoryOptions options)
    {
        if (entities.Count == 0 || story.Size < options.CoreEntityMinSize)
        {
            return false;
        }

        foreach (var id in entities)
        {
            if (IsCore(story, id, options))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the two stories have a core entity in common: the larger needs <see cref="StoryOptions.CoreEntityMinSize"/>
    /// members, the smaller (early reports that started their own story before the affair had a core) at most
    /// <see cref="StoryOptions.CoreMergeMaxSmall"/>: two threads of their own that share a subject stay apart.
    /// </summary>
    public static bool ShareCore(StoryState a, StoryState b, StoryOptions options)
    {
        var (small, large) = a.Size <= b.Size ? (a, b) : (b, a);
        if (large.Size < options.CoreEntityMinSize || small.Size > options.CoreMergeMaxSmall)
        {
            return false;
        }

        foreach (var id in small.Entities.Keys)
        {
            if (IsCore(small, id, options) && IsCore(large, id, options) && IsCoreType(id, options) && !IsOfficeHolder(id, options))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many of <paramref name="entities"/> are office-holders most of the story's members name who head, on
    /// <paramref name="date"/>, the state or government of the story's setting (its most named place, named by most
    /// members): a country's king and prime minister are the subject of its protests, while a president visiting
    /// another country's leader acts in many of the day's events.
    /// </summary>
    public static int HomeLeaderCount(List<string> entities, StoryState story, DateOnly date, StoryOptions options)
    {
        if (entities.Count == 0 || story.Size < options.CoreEntityMinSize)
        {
            return 0;
        }

        var count = 0;
        foreach (var id in entities)
        {
            if (IsCore(story, id, options) && LeadsCountryOf(story, id, date, options))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Whether a small story is about a large affair's subject: a person most members of both name who holds no office
    /// (or, with <see cref="StoryOptions.BridgeHomeLeaders"/>, who heads on <paramref name="date"/> the state of the
    /// affair's setting). Places, organisations and office-holders are the setting of many separate events.
    /// </summary>
    public static bool SharesSubject(StoryState piece, StoryState affair, DateOnly date, StoryOptions options)
    {
        foreach (var id in piece.Entities.Keys)
        {
            if ((id.StartsWith("per:", StringComparison.Ordinal) || id.StartsWith("prov:pers:", StringComparison.Ordinal))
                && IsCore(piece, id, options) && IsCore(affair, id, options)
                && (!IsOfficeHolder(id, options) || (options.BridgeHomeLeaders && LeadsCountryOf(affair, id, date, options))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LeadsCountryOf(StoryState story, string id, DateOnly date, StoryOptions options)
    {
        foreach (var term in KnowledgeBase.Default.RolesOf(id))
        {
            if (term.Covers(date) && IsHeadOffice(term.OfficeId)
                && KnowledgeBase.Default.GetOffice(term.OfficeId) is { } office && IsCore(story, office.Country, options)
                && IsTopPlace(story, office.Country))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether no place is named by more of the story's members than <paramref name="place"/>.</summary>
    private static bool IsTopPlace(StoryState story, string place)
    {
        var count = story.Entities.GetValueOrDefault(place);
        foreach (var (id, other) in story.Entities)
        {
            if (other > count && id.StartsWith("loc:", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Heads of state or government: the office id's kind (after its country code) is listed in
    /// Resources/corpus/head-offices.txt.</summary>
    private static bool IsHeadOffice(string officeId) =>
        officeId.IndexOf('-') is var dash and > 0 && HeadOfficeKinds.Value.Contains(officeId[(dash + 1)..]);

    private static readonly Lazy<HashSet<string>> HeadOfficeKinds = new(() =>
        [.. ResourceFiles.Default.ReadLines("corpus/head-offices.txt").Select(l => l.Trim()).Where(l => l.Length > 0)]);

    private static bool IsCore(StoryState story, string id, StoryOptions options) =>
        story.Entities.TryGetValue(id, out var count) && count >= options.CoreEntityShare * story.Size;

    private static bool MayBeCore(EntityType type, StoryOptions options) =>
        type != EntityType.MISC && (!options.CorePersonsOnly || type == EntityType.PERS);

    /// <summary>
    /// Whether the knowledge base lists the person as holding some office: presidents, ministers and princes act in
    /// many separate events of a day (a visit, a lawsuit over it, a photo at it are labelled apart), while the subject
    /// of an affair is its one thread.
    /// </summary>
    private static bool IsOfficeHolder(string id, StoryOptions options) =>
        options.CoreExcludesOfficeHolders && !KnowledgeBase.Default.RolesOf(id).IsDefaultOrEmpty;

    /// <summary>The type of a stored entity id, read from its prefix (<c>per:</c>, <c>prov:pers:</c>).</summary>
    private static bool IsCoreType(string id, StoryOptions options) =>
        !options.CorePersonsOnly || id.StartsWith("per:", StringComparison.Ordinal) || id.StartsWith("prov:pers:", StringComparison.Ordinal);
}

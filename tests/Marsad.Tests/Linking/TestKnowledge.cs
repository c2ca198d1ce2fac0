using System.Collections.Immutable;
using Marsad.Linking;
using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>A tiny knowledge base written for the tests into a temporary folder (kb/*.tsv in the shipped format),
/// loaded alone so the tests do not depend on the shipped data; and helpers to link invented sentences.</summary>
public static class TestKnowledge
{
    private static readonly Lazy<KnowledgeBase> Kb = new(Create);
    private static readonly Lazy<EntityLinker> LinkerInstance = new(() => new EntityLinker(Kb.Value, LinkingLexicon.Default));
    private static readonly Lazy<EntityLinker> ShippedLinkerInstance = new(() => new EntityLinker(KnowledgeBase.Default, LinkingLexicon.Default));

    public static KnowledgeBase KnowledgeBase => Kb.Value;

    public static EntityLinker Linker => LinkerInstance.Value;

    /// <summary>A linker over the shipped knowledge base and lexicon, shared by the tests of shipped behaviour.</summary>
    public static EntityLinker ShippedLinker => ShippedLinkerInstance.Value;

    public static AnalyzedArticle Article(string body, DateOnly? published = null, params EntityMention[] mentions) => new()
    {
        Id = "t",
        Source = new SourceInfo("t.txt", null, null),
        Body = body,
        Published = published,
        Mentions = [.. mentions],
    };

    /// <summary>A tagger mention of the first occurrence (at or after <paramref name="from"/>) of the text.</summary>
    public static EntityMention Tag(string body, string text, EntityType type, int from = 0)
    {
        var start = body.IndexOf(text, from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{text}' is not in the test body");
        return new EntityMention(text, start, start + text.Length) { Type = type };
    }

    public static AnalyzedArticle Link(string body, DateOnly? published = null, params EntityMention[] mentions) =>
        Linker.Annotate(Article(body, published, mentions));

    /// <summary>The shipped linker over <paramref name="body"/> with the tagger's mentions given by hand.</summary>
    public static AnalyzedArticle LinkTagged(string body, DateOnly? published, params (string Text, EntityType Type)[] tagged) =>
        ShippedLinker.Annotate(Article(body, published) with
        {
            Mentions = [.. tagged.Select(t => Tag(body, t.Text, t.Type))],
        });

    /// <summary>Ids of the entities with a mention written exactly <paramref name="text"/>.</summary>
    public static string[] IdsOf(this AnalyzedArticle article, string text) =>
        [.. article.Entities.Where(e => e.Mentions.Any(m => m.Text == text)).Select(e => e.Id)];

    public static Entity? EntityMentioning(this AnalyzedArticle article, string text) =>
        article.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Text == text));

    public static string[] MentionTexts(this Entity entity) => [.. entity.Mentions.Select(m => m.Text)];

    private static KnowledgeBase Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "marsad-linking-tests-" + Environment.ProcessId);
        Directory.CreateDirectory(Path.Combine(folder, "kb"));
        File.WriteAllLines(Path.Combine(folder, "kb", "entities.tsv"),
        [
            "id\ttype\tname_ar\tname_en\taliases",
            "t:kerry\tPER\tجون كيري\tJohn Kerry\tكيري",
            "t:blinken\tPER\tأنتوني بلينكن\tAntony Blinken\tبلينكن",
            "t:rubio\tPER\tماركو روبيو\tMarco Rubio\tروبيو",
            "t:may\tPER\tتيريزا ماي\tTheresa May\t",
            "t:us\tLOC\tالولايات المتحدة\tUnited States\tأميركا|أمريكا|واشنطن|الولايات المتحدة الأميركية",
            "t:uk\tLOC\tبريطانيا\tUnited Kingdom\tالمملكة المتحدة",
            "t:brussels\tLOC\tبروكسل\tBrussels\t",
            "t:isis\tORG\tتنظيم الدولة الإسلامية\tIslamic State\tداعش|تنظيم الدولة|تنظيم داعش",
            "t:qaeda\tORG\tتنظيم القاعدة\tal-Qaeda\tالقاعدة",
            "t:coalition\tORG\tالتحالف الدولي\tGlobal Coalition\t",
            "t:iraq\tLOC\tالعراق\tIraq\t",
        ]);
        File.WriteAllLines(Path.Combine(folder, "kb", "offices.tsv"),
        [
            "office_id\tcountry\ttitles_ar",
            "us-secretary-of-state\tUS\tوزير الخارجية الأمريكي|وزير الخارجية الأمريكي",
            "uk-foreign-secretary\tGB\tوزير الخارجية البريطاني",
        ]);
        File.WriteAllLines(Path.Combine(folder, "kb", "office_holders.tsv"),
        [
            "office_id\tentity_id\tfrom\tto",
            "us-secretary-of-state\tt:kerry\t2013-02-01\t2017-01-20",
            "us-secretary-of-state\tt:blinken\t2021-01-26\t2025-01-20",
            "us-secretary-of-state\tt:rubio\t2025-01-21\t",
        ]);
        return KnowledgeBaseLoader.LoadFolder(folder);
    }
}

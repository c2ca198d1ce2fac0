using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Linking;

/// <summary>
/// The linking stage: finds mentions (the tagger's, plus the knowledge base's names, office titles, role nouns and
/// descriptions found in the body), links each to a KB entity or a provisional id — through spelling, clitics,
/// hashtags, aliases, partial names, roles at the article's date and unambiguous descriptions — and fills
/// <see cref="AnalyzedArticle.Entities"/>. Thread-safe: all state is read-only after construction.
/// </summary>
public sealed class EntityLinker : IAnnotator
{
    private readonly CandidateFinder finder;
    private readonly NameLinker names;
    private readonly RoleLinker roles;
    private readonly DescriptionLinker descriptions;
    private readonly EntityAssembler assembler;
    private readonly MetonymyReader metonymy;
    private readonly TitleCoreference titles;
    private readonly HonorificReference honorifics;
    private readonly AcronymLinker acronyms;
    private readonly NameHeadTrimmer trimmer;
    private readonly OrganisationRole organisationRoles;
    private readonly LinkingLexicon lexicon;

    public EntityLinker(KnowledgeBase knowledgeBase, LinkingLexicon lexicon)
    {
        KnowledgeBase = knowledgeBase ?? throw new ArgumentNullException(nameof(knowledgeBase));
        ArgumentNullException.ThrowIfNull(lexicon);
        finder = new CandidateFinder(knowledgeBase, lexicon, RoleTitleIndex.Build(knowledgeBase, lexicon));
        names = new NameLinker(knowledgeBase, lexicon);
        roles = new RoleLinker(knowledgeBase, lexicon);
        descriptions = new DescriptionLinker(knowledgeBase, lexicon);
        assembler = new EntityAssembler(knowledgeBase);
        metonymy = new MetonymyReader(lexicon);
        titles = new TitleCoreference(lexicon);
        honorifics = new HonorificReference(knowledgeBase, lexicon);
        acronyms = new AcronymLinker(lexicon);
        trimmer = new NameHeadTrimmer(lexicon, knowledgeBase);
        organisationRoles = new OrganisationRole(knowledgeBase, lexicon);
        this.lexicon = lexicon;
    }

    public EntityLinker(ResourceFiles files)
        : this(KnowledgeBase.For(files), LinkingLexicon.For(files))
    {
    }

    public string Name => "link";

    public KnowledgeBase KnowledgeBase { get; }

    public AnalyzedArticle Annotate(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Body ?? string.Empty;
        var tokens = WordScanner.Scan(body);
        var mentions = article.Mentions.IsDefault ? [] : article.Mentions;
        var candidates = finder.Find(body, tokens, mentions.Where(m => IsValid(body, m)).ToImmutableArray());
        var (datelineStart, datelineEnd) = InBodyDateline.Find(body, article.Dateline);
        candidates.RemoveAll(c => (c.Start >= datelineStart && c.End <= datelineEnd) || IndefiniteDescription.Is(tokens, c, lexicon, KnowledgeBase)
            || NationalityAdjective.Is(tokens, c, lexicon, KnowledgeBase));
        trimmer.TrimPreceders(body, tokens, candidates);
        trimmer.ExtendOverParticles(tokens, candidates);
        names.Link(body, candidates);
        metonymy.Apply(body, tokens, candidates, KnowledgeBase);
        names.LinkUnknown(body, candidates);
        names.AddHashtags(body, tokens, candidates);
        names.AddSurnames(body, tokens, candidates);
        acronyms.Link(body, tokens, candidates);
        roles.Link(body, candidates, article.Published, roles.HomeCountry(article.Dateline));
        descriptions.Link(body, tokens, candidates);
        titles.Link(body, tokens, candidates);
        candidates.RemoveAll(c => c.Kind == CandidateKind.TitleReference && lexicon.FollowsDeputyWord(body, c.Start));
        LatterReference.Link(body, tokens, candidates, lexicon);
        honorifics.Link(body, tokens, candidates, article.Published);
        organisationRoles.Link(body, tokens, candidates, article.Published);
        trimmer.Trim(body, tokens, candidates);
        RoleComplement.Remove(body, tokens, candidates, lexicon, KnowledgeBase);
        RoleComplement.RemoveInsideCountryTitles(body, candidates, lexicon, KnowledgeBase);
        DescriptiveAlias.Remove(body, candidates, lexicon);
        RegionName.Merge(body, candidates, KnowledgeBase, lexicon);
        return article with { Entities = assembler.Build(body, candidates) };
    }

    private static bool IsValid(string body, EntityMention m) => m.Start >= 0 && m.End <= body.Length && m.Start < m.End;
}

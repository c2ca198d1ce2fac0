namespace Marsad.Corpus;

/// <summary>
/// Parameters of the story clusterer, tuned on the four labelled days in tests/Marsad.Tests/Corpus/Data (2018-04-10,
/// -15, -18, -22; MARSAD_TUNE=1 runs the grid, MARSAD_TUNE_* set its axes). Linked entities are terms of the vector,
/// weighted 1.25 against a lead word (rare names count, ubiquitous ones hardly do through IDF); outlet style is left out
/// and short articles are scored by coverage too. Against session 4's defaults (entities at 1, neither option) B³ F1
/// on the four days alone: 0.874 → 0.885, 0.894 → 0.900, 0.956 → 0.956, 0.953 → 0.957; replayed inside a full ingest
/// (the whole tarball's document frequencies and neighbouring stories): 0.850 → 0.848, 0.884 → 0.909, 0.986 → 0.986,
/// 0.941 → 0.943. Entities at 1.5 scored a little higher alone but lost 0.018 on 04-10 in the full ingest, where
/// reports around one big event that name the same places and people (the response, the vote, the inspectors), labelled
/// as separate stories, merged. Quoted speakers as terms lost on two of the four days, so <see cref="SpeakerTermWeight"/>
/// stays 0.
/// </summary>
public sealed record StoryOptions
{
    public static StoryOptions Default { get; } = new();

    /// <summary>Score an article needs to join a story rather than start one.</summary>
    public double Threshold { get; init; } = 0.30;

    /// <summary>Days before the story's first or after its last article within which an article may join it.</summary>
    public int WindowDays { get; init; } = 3;

    /// <summary>The time decay constant: the score is multiplied by exp(-gap / DecayDays).</summary>
    public double DecayDays { get; init; } = 4;

    /// <summary>Term-frequency weight of a headline word relative to a lead word.</summary>
    public double HeadlineWeight { get; init; } = 2;

    /// <summary>Bonus added when the article shares <see cref="EntityCap"/> or more linked entities with the story.</summary>
    public double EntityBonus { get; init; }

    public int EntityCap { get; init; } = 3;

    /// <summary>Term-frequency weight of each linked entity (not MISC) of the article as a term of its vector; 0 leaves entities out.</summary>
    public double EntityTermWeight { get; init; } = 1.25;

    /// <summary>
    /// Characters of the body within which an entity's first mention makes it a lead entity (full weight). Session 6:
    /// a long report names dozens of background people and places deep in its body, which made it unlike the short
    /// reports of its event; entities first met after 1,200 characters at half weight raised B³ F1 on 2018-03-18 0.862 →
    /// 0.876 (0.829 → 0.854 replayed over the whole corpus), 04-15 0.900 → 0.911 and 04-18 0.941 → 0.956, cost 04-10
    /// 0.893 → 0.882 and 04-22 0.957 → 0.949 on their own (unchanged replayed over the whole corpus).
    /// </summary>
    public int EntityLeadChars { get; init; } = 1200;

    /// <summary>Weight of an entity first met after <see cref="EntityLeadChars"/>, relative to <see cref="EntityTermWeight"/> (below 0.37 it would count against: 1 + ln w).</summary>
    public double BodyEntityWeight { get; init; } = 0.5;

    /// <summary>Term-frequency weight of a quoted speaker (its entity id, or its name) as a term of the vector; 0 leaves speakers out.</summary>
    public double SpeakerTermWeight { get; init; }

    /// <summary>Folds provisional entity ids (names the knowledge base lacks) to their consonants, so spelling variants meet.</summary>
    public bool FoldProvisionalIds { get; init; }

    /// <summary>
    /// Leaves outlet style out of the vector: the words of Resources/corpus/story-stopwords.txt and an in-body
    /// dateline (its words and the places it names).
    /// </summary>
    public bool SkipOutletStyle { get; init; } = true;

    /// <summary>
    /// Weight of coverage (share of a short article's own vector that the story holds) as an alternative to the
    /// cosine: the score takes the larger of the two. 0 leaves coverage out.
    /// </summary>
    public double CoverageWeight { get; init; } = 1.0;

    /// <summary>Bodies shorter than this (characters) are short articles, scored with coverage too.</summary>
    public int CoverageMaxChars { get; init; } = 400;

    /// <summary>
    /// Share of all articles above which a term is too common to bring candidate stories (it still counts in the
    /// score of a candidate found through another term).
    /// </summary>
    public double CandidateMaxDocumentShare { get; init; } = 0.01;

    /// <summary>Document frequency up to which every term brings candidates (small corpora).</summary>
    public int CandidateMinDocuments { get; init; } = 50;

    /// <summary>
    /// Term-frequency weight of a pair of adjacent headline words as one term (0 leaves pairs out). A pair such as
    /// «الانتخابات الرئاسية» is far more specific than either word, and outlets that word an event differently still
    /// share its set phrases.
    /// </summary>
    public double HeadlineBigramWeight { get; init; }

    /// <summary>Term-frequency weight of a pair of adjacent lead words as one term (0 leaves them out).</summary>
    public double LeadBigramWeight { get; init; }

    /// <summary>Weight of coverage for articles of <see cref="CoverageMaxChars"/> or more (0 leaves it out for them).</summary>
    public double LongCoverageWeight { get; init; }

    /// <summary>
    /// Counts the spelling variants of Resources/corpus/story-synonyms.tsv as their canonical spelling in story vectors
    /// (session 6: B³ F1 on 2018-03-18 0.855 → 0.862, the five other labelled days unchanged, alone and replayed over
    /// the whole corpus).
    /// </summary>
    public bool UseSynonyms { get; init; } = true;

    /// <summary>
    /// Centroid cosine at or above which the story an article joined merges with another candidate story of the article
    /// (0: never). Session 7: the missed joins of the labelled days scored 0.10–0.29 against a single story while whole
    /// stories of one event, worded apart by their outlets, came close as they grew. B³ F1 on the eight labelled days
    /// (MARSAD_TUNE_MERGE), without the size cap: mean 0.910 → 0.919 at 0.35; 0.34 and 0.36 gained less (0.917 each),
    /// 0.30 merged the follow-ups of one big event (04-10 0.818); 0.40 with the cap gained nearly nothing.
    /// </summary>
    public double MergeThreshold { get; init; } = 0.35;

    /// <summary>Members the joined story needs before it is compared with other stories for a merge.</summary>
    public int MergeMinSize { get; init; } = 2;

    /// <summary>
    /// The most members two stories may hold together to be merged: the merge joins the first fragments of one event,
    /// not the threads of a big one. Replayed over the whole corpus without a cap (where the stories of a big event grow
    /// larger than on one labelled day alone), merges chained the follow-ups of the Syria strikes into one story: B³ F1
    /// mean over the eight days 0.896 → 0.887 (04-15 0.910 → 0.827). With a cap of 5: 0.896 → 0.908 replayed (03-18 0.854
    /// → 0.883, 08-10 0.872 → 0.890, 03-12 0.891 → 0.908, 06-01 0.877 → 0.921; 04-10 0.848 → 0.837 and 04-18 0.986 →
    /// 0.976 lost one join's worth), 0.910 → 0.921 on the days alone, where no day lost; caps of 4 and 6 did worse.
    /// </summary>
    public int MergeMaxSize { get; init; } = 5;

    /// <summary>Cosine of the article with a candidate story below which that story is not considered for a merge.</summary>
    public double MergeCandidateFloor { get; init; } = 0.1;

    /// <summary>Characters of the body (from its start) that count as the lead.</summary>
    public int LeadChars { get; init; } = 200;

    /// <summary>
    /// Added to the score of a story when the article names early one of the story's core entities (named by at least
    /// <see cref="CoreEntityShare"/> of its members, once it holds <see cref="CoreEntityMinSize"/>); 0 leaves it out.
    /// Session 8: the follow-ups of one affair (a missing journalist: the envoy's visit, the consulate search, the
    /// family's appeal) scored 0.14–0.29 against its story. B³ F1 on the ten development days alone: mean 0.913 → 0.921
    /// (2018-10-16 0.823 → 0.908, no day lower) at 0.05; 0.08 and above cost 04-18; places and organisations as core
    /// (03-18 −0.020, 04-10 −0.013) and office-holders as core (a crown prince's visit, the lawsuit over it and a photo at
    /// it joined on 04-10: 0.897 → 0.879) cost more than they gained.
    /// </summary>
    public double CoreEntityBonus { get; init; } = 0.05;

    /// <summary>Share of a story's members that must name an entity for it to be core.</summary>
    public double CoreEntityShare { get; init; } = 0.6;

    /// <summary>Members a story needs before it has core entities.</summary>
    public int CoreEntityMinSize { get; init; } = 3;

    /// <summary>Characters of the body within which the article must first name a core entity.</summary>
    public int CoreEntityLeadChars { get; init; } = 300;

    /// <summary>Only people can be core entities (places and organisations are the setting of many events).</summary>
    public bool CorePersonsOnly { get; init; } = true;

    /// <summary>
    /// People the knowledge base lists as holding an office are never core (they act in many events). Session 12: counting
    /// only those whose term covers the article's date (a prime minister named a week before he takes office, a former
    /// minister) cost 03-20 0.910 → 0.899 and gained nowhere on the tuning days alone.
    /// </summary>
    public bool CoreExcludesOfficeHolders { get; init; } = true;

    /// <summary>
    /// Centroid cosine at or above which a story of at most <see cref="CoreMergeMaxSmall"/> members merges beyond the
    /// <see cref="MergeMaxSize"/> cap into a story that shares its core entity (0: never): the reports of an affair that
    /// came before it had a core. Session 8, ten development days alone: mean 0.921 → 0.926 (10-16 0.908 → 0.966, 06-01
    /// 0.939 → 0.930); 0.2 gained less, 0.15 cost 06-01 0.031; with a small side of any size two summit threads joined
    /// on 04-18 (0.979 → 0.963). Replayed over the whole corpus, the ten days' mean went 0.900 → 0.908 with both core options.
    /// Session 13 tried a story-level form of the large-story threshold: a story of at most 1–3 members merged into a
    /// story large lately (<see cref="LargeStorySize"/> within <see cref="LargeStoryWindowDays"/>) when their centroid
    /// cosine reached 0.20–0.30 and an entity most members of both name was no office-holder (the article-level guard).
    /// Sixteen tuning days alone, 1 member at 0.23: mean 0.9206 → 0.9257 (06-04 0.815 → 0.866, 05-29 0.874 → 0.906,
    /// 02-25 0.884 → 0.897, 03-18 0.935 → 0.946) but 03-20 0.910 → 0.878: a Senate vote on the Yemen war joined a crown
    /// prince's visit through Saudi Arabia, reports on Ghouta's displaced joined a Damascus shelling through Eastern
    /// Ghouta; places only when the most named of both stories: 0.9260, the same loss; countries left out: the 06-04 gain
    /// gone (the Jordan reports share only Jordan); 0.28 and above: 03-20 kept, 06-04 not gained. Only a person with no
    /// office or a head of the large story's setting: 0.9236, no day lower (06-04 0.853, 03-18 0.946), but replayed over
    /// the whole corpus 04-15 0.900 → 0.789 and 04-10 0.841 → 0.817 (the threads of a war joined through the head of
    /// state of the country at war); people with no office alone: no day changed. Not kept.
    /// </summary>
    public double CoreMergeThreshold { get; init; } = 0.25;

    /// <summary>
    /// The most members the smaller of two stories may hold to merge through a shared core entity. Session 9, twelve
    /// development days alone: 1 → 2 raised the mean 0.9085 → 0.9108 (2018-10-19 0.827 → 0.853: pairs of reports on one
    /// turn of the affair, a dismissal or a prosecutor's statement, joined its story; no day lower), 3 or any size joined
    /// two summit threads on 04-18 (0.979 → 0.963); but replayed over the whole corpus 2 gained nothing on 10-19 (0.905
    /// either way) and cost 03-18 0.903 → 0.888 and 04-18 0.976 → 0.967, and beside the rare-word bonus its gain on the
    /// days alone was 0.9180 → 0.9186: kept at 1.
    /// </summary>
    public int CoreMergeMaxSmall { get; init; } = 1;

    /// <summary>
    /// Added to the score of a story when the article names early <see cref="SharedCoreMinEntities"/> or more entities of
    /// any type (office-holders, places, organisations) that at least <see cref="CoreEntityShare"/> of the story's members
    /// name; 0 leaves it out. Session 9, twelve development days alone (MARSAD_TUNE_SHARED_CORE): 0.05 with two such
    /// entities raised 10-19 0.827 → 0.882 and 08-10 0.897 → 0.906 but cost 03-18 0.885 → 0.865, 04-18 0.979 → 0.964 and
    /// 06-04 0.810 → 0.802 (mean 0.9085 → 0.9089); three entities or 0.08 did no better: left off.
    /// </summary>
    public double SharedCoreBonus { get; init; }

    /// <summary>Core entities of any type an article must name early for <see cref="SharedCoreBonus"/>.</summary>
    public int SharedCoreMinEntities { get; init; } = 2;

    /// <summary>
    /// Added to a story's score, in full when it holds <see cref="RareTermCap"/> of the article's rare terms (those at most
    /// <see cref="RareTermMaxDocuments"/> articles use), in part for fewer; 0 leaves it out. Session 9: the missed joins
    /// of the development days scored 0.20–0.30 against their story, and many shared a word only the two reports used
    /// (a victim's name, a town, a rare verb of the event). Twelve development days alone (MARSAD_TUNE_RARE): mean
    /// 0.9108 → 0.9186 at 0.03 with terms of two articles (03-18 0.885 → 0.925, 04-15 0.911 → 0.931, 10-19 0.853 → 0.875,
    /// 08-10 0.897 → 0.907, 06-01 0.939 → 0.946, 03-12 0.927 → 0.932; 04-18 0.979 → 0.971, 06-04 0.812 → 0.809); terms of
    /// up to three or five articles cost 03-20 and 04-10, 0.045 cost 03-18 and 04-15.
    /// </summary>
    public double RareTermBonus { get; init; } = 0.03;

    /// <summary>The most articles (the one placed counted) that may use a term for it to count as rare in <see cref="RareTermBonus"/>.</summary>
    public int RareTermMaxDocuments { get; init; } = 2;

    /// <summary>Rare terms a story must hold for the full <see cref="RareTermBonus"/>.</summary>
    public int RareTermCap { get; init; } = 2;

    /// <summary>
    /// Leaves terms holding a digit out of the rare terms (a figure two reports happen to share is no evidence of one
    /// event). Session 10: no development day changed (rare shared figures never decided a join there): left off.
    /// </summary>
    public bool RareTermSkipsNumbers { get; init; }

    /// <summary>
    /// Characters a word needs to count as a rare term (short rare words are mostly typos and fragments; 0: any).
    /// Session 10: 4 cost 10-19 0.978 → 0.918 (short rare names of the affair are evidence too), 06-04 0.849 → 0.855: left at 0.
    /// </summary>
    public int RareTermMinLength { get; init; }

    /// <summary>
    /// Score an article needs to join a story of at least <see cref="LargeStorySize"/> members (smaller stories need
    /// <see cref="Threshold"/>): a big affair's centroid is spread over its many threads, so a new report of it scores
    /// lower against the whole than a second report of a small event does against the first. Session 10: the missed
    /// joins of the large-affair days (a Gaza exchange, Jordan's protests, a missing journalist) scored 0.20–0.30 against
    /// their story, while a single lower threshold (0.25 for every story) cost 03-20 0.910 → 0.841 and 04-10 0.892 →
    /// 0.815 (small events of one place joined). Fourteen development days alone (MARSAD_TUNE_LARGE_THRESHOLD/_SIZE):
    /// mean 0.9117 → 0.9262 at 0.21 from 5 members (10-19 0.870 → 0.978, 06-04 0.810 → 0.849, 10-15 0.912 → 0.948,
    /// 05-29 0.861 → 0.874, 03-18 0.925 → 0.935, 08-10 0.907 → 0.915; 03-20 0.910 → 0.903, 04-10 0.892 → 0.887);
    /// from 8 members 0.9222 with no day lower; from 4 members 03-20 lost 0.018; 0.19 cost 10-16 0.018. But replayed
    /// over the whole corpus (MARSAD_STORY_REPLAY), where stories of a running affair grow over many days, 0.21 from 5
    /// members cost 03-12 0.933 → 0.859, 03-18 0.914 → 0.838, 03-20 0.858 → 0.808, 04-15 0.912 → 0.860 (gains 06-04
    /// 0.845 → 0.914, 05-29 0.814 → 0.826) and 0.25 from 8 still cost 03-18 0.914 → 0.857: left off then. Session 11
    /// counts only the members of the article's day and the day either side (<see cref="LargeStoryWindowDays"/>) and
    /// asks the article to name early an entity most of the story's members name (<see cref="LargeStorySharedCore"/>).
    /// Sixteen tuning days alone: mean 0.9101 → 0.9162 at 0.23, no day lower (10-19 0.870 → 0.918, 10-15 0.912 → 0.924,
    /// 05-29 0.861 → 0.874, 03-18 0.925 → 0.935, 08-10 0.907 → 0.915, 02-25 0.878 → 0.884). Replayed over the whole
    /// corpus: 0.8996 → 0.9014 (06-04 0.829 → 0.853, 08-14 0.917 → 0.931, 10-16 0.913 → 0.924, 04-10 0.830 → 0.841,
    /// 05-29 0.806 → 0.817; 04-15 0.912 → 0.900, 03-12 0.941 → 0.931, 03-18 0.912 → 0.902, 08-10 0.906 → 0.898), where
    /// 0.21 with neither guard went to 0.8856 (03-20 0.887 → 0.822). 0.21 with both guards: alone 0.9194, replayed
    /// 0.8997 (04-15 0.880); 0.25: 0.9154 and 0.9009; a window of one day or 6–8 members gained less replayed.
    /// Null: the same as <see cref="Threshold"/>.
    /// </summary>
    public double? LargeStoryThreshold { get; init; } = 0.23;

    /// <summary>Members from which a story is joined at <see cref="LargeStoryThreshold"/>.</summary>
    public int LargeStorySize { get; init; } = 5;

    /// <summary>
    /// When set, only members published less than this many days from the article's date count towards
    /// <see cref="LargeStorySize"/> (2: its day and the day either side): a running affair that grew large over past
    /// weeks is held to <see cref="Threshold"/> unless it is large now too, so its broad centroid does not swallow a new
    /// day's events. Null: all members count (session 10's variant, which lost heavily replayed over the whole corpus).
    /// </summary>
    public int? LargeStoryWindowDays { get; init; } = 2;

    /// <summary>
    /// Entities (of any type, but no office-holder) that most of a large story's members name
    /// (<see cref="CoreEntityShare"/>) an article must name early for <see cref="LargeStoryThreshold"/> to apply (0: none):
    /// a report of the affair names its place or its people, a report that shares only words with its broad centroid
    /// does not. Office-holders act in many events of a day: counting them joined a president's remarks on another
    /// summit to a state visit (2018-03-20 0.910 → 0.903) and a crown prince's warning to his visit (04-10 0.892 → 0.887).
    /// </summary>
    public int LargeStorySharedCore { get; init; } = 1;

    /// <summary>
    /// A head of state or government most members name counts as the shared entity of <see cref="LargeStorySharedCore"/>
    /// when the country they lead is the story's setting (its most named place, core too): a king's call about his
    /// kingdom's affair joins it, a president's remarks on another summit do not join his visit abroad. Session 11,
    /// sixteen tuning days alone: 10-15 0.924 → 0.936, no other day changed; replayed over the whole corpus: 06-04
    /// 0.853 → 0.886, 03-18 0.902 → 0.921, 04-10 0.841 → 0.843, no day lower. Heads counted without
    /// the setting check, or any office of the setting's country (ministers too), cost 03-20 0.910 → 0.903; office-holders
    /// core to no other large story among the candidates cost 03-20 0.910 → 0.903 and 04-10 0.900 → 0.895.
    /// </summary>
    public bool LargeStoryHomeLeaders { get; init; } = true;

    /// <summary>
    /// The most members a story may hold (the article counted) to merge into a large story whose lowered threshold
    /// (<see cref="LargeStoryThreshold"/>) the same article cleared, when a person most members of both name holds no
    /// office (0: never). An article that could join both is a report of the affair, and the small story is a piece of it
    /// that its outlets worded apart (the dismissal of officials over a missing journalist, told by two outlets, while
    /// the affair's story follows the investigation). Session 12 (MARSAD_TUNE_BRIDGE), sixteen tuning days alone: mean
    /// 0.9174 → 0.9195 at 2 or 3 (10-19 0.918 → 0.952, no day lower); replayed over the whole corpus: 0.9043 → 0.9066
    /// at 2 (10-19 0.905 → 0.941) and 0.9076 at 3 (03-20 0.878 → 0.894 too), no day lower. 5 merged a two-report thread
    /// into a country's election story (03-18 0.935 → 0.894 alone). Without the shared person, 2 joined a president's
    /// remarks on another country to a state visit (03-20 0.910 → 0.897), a crown prince's deal to his visit (04-10
    /// 0.900 → 0.887) and two threads of one war (08-10 0.915 → 0.910). A place other than a country, most named by both,
    /// as what they share besides the person changed no tuning day.
    /// </summary>
    public int BridgeMaxSmall { get; init; } = 3;

    /// <summary>
    /// Lets a head of state or government of the large story's setting (as in <see cref="LargeStoryHomeLeaders"/>) be the
    /// person the two stories share in <see cref="BridgeMaxSmall"/>. Session 12: on the days alone 06-04 0.810 → 0.846 (a
    /// king's speech on his country's protests, told by two outlets, joined the story of his government's fall), but
    /// replayed over the whole corpus it gained nothing there and joined a president's interview to another country's
    /// warning (04-22 0.943 → 0.928; at 3 members also 04-10 0.843 → 0.825, 04-15 0.900 → 0.876), also when his
    /// country had to be core to the small story as well: off.
    /// </summary>
    public bool BridgeHomeLeaders { get; init; }

    /// <summary>
    /// A city or town counts as naming the country it lies in (Resources/kb/place-countries.tsv): in the entities the
    /// article names early, where <see cref="LargeStorySharedCore"/> looks for one of the story's setting (a report of a
    /// country's affair that names only its capital, its king and its prime minister, office-holders the guard leaves
    /// out), and in the story's entity counts when the article names no other country, so the setting and most named
    /// place of <see cref="LargeStoryHomeLeaders"/> see it too. Session 12, sixteen tuning days alone
    /// (MARSAD_TUNE_CITIES): mean 0.9195 → 0.9206, no day lower (06-04 0.810 → 0.815, 10-15 0.936 → 0.948); replayed over
    /// the whole corpus 0.9076 → 0.9083 (06-04 0.886 → 0.897, 06-01 0.918 → 0.921; 04-10 0.843 → 0.841: a president's
    /// remarks naming the capital of a struck country joined another country's condemnation). Variants: the article's
    /// early entities only, 0.9206 alone but 0.9071 replayed (06-04 0.886 → 0.881, a clash in an Iraqi town joined a war
    /// story); also only when the article names no country early, 0.9198 and 0.9071; the story's counts for every article
    /// naming a city, 0.9079 replayed but 03-20 0.910 → 0.903 alone (a crown prince's visit to Washington made the host
    /// country the setting, and its president's remarks on another summit joined). With <see cref="BridgeHomeLeaders"/>:
    /// 0.9230 alone (06-04 0.853) but 0.9032–0.9039 replayed (04-15 0.900 → 0.868, 04-10 0.843 → 0.825, 04-22 0.943 →
    /// 0.928): left off.
    /// </summary>
    public bool CitiesStandForCountry { get; init; } = true;
}

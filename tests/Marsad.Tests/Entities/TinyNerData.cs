using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>Small labelled sentences written for the tests (templates × invented names), and a model trained on them.</summary>
internal static class TinyNerData
{
    private static readonly string[] People = ["سامي الخطيب", "نادر العلي", "ليلى حداد", "كريم منصور", "هالة يوسف", "وليد سعيد"];
    private static readonly string[] Places = ["طرابلس", "حلب", "صفاقس", "مراكش", "الموصل", "أسوان"];
    private static readonly string[] Orgs = ["شركة النور", "جمعية الأمل", "نادي الشروق", "مصرف الوفاء"];

    private static readonly Lazy<NerModel> Model = new(() => new NerTrainer(new NerTrainingOptions { Epochs = 5, HashBits = 16 }, WordLexicon.Empty, NerGazetteer.Empty).Train(Sentences()));

    public static NerModel TrainedModel => Model.Value;

    public static NerTagger Tagger => new(Model.Value, NerGazetteer.Empty);

    /// <summary>A sentence with two names the tiny data never labels (for the window network's tests).</summary>
    public static readonly string[] UnseenNamesSentence = ["شاهدنا", "جمانة", "في", "بنزرت", "صباحا", "."];

    /// <summary>Words of the tiny data plus two it never labels, with random vectors drawn from <paramref name="seed"/>
    /// (the network's tests must not depend on what the vectors mean).</summary>
    public static (WordLexicon Lexicon, WordVectors Vectors) LexiconWithRandomVectors(int seed)
    {
        var buffer = new char[64];
        var words = Sentences().SelectMany(s => s.Tokens).Concat(["جمانة", "بنزرت", "شاهدنا", "صباحا"])
            .Select(w => new string(buffer, 0, ArabicForms.Normalize(w, buffer))).Distinct(StringComparer.Ordinal).ToArray();
        var lexicon = new WordLexicon(words, words.Select(_ => 10).ToArray(), words.Select(_ => new[] { 0, 0, 0 }).ToList());
        const int d = 16;
        var random = new Random(seed);
        var rows = new float[words.Length * d];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (float)(random.NextDouble() - 0.5);
        }

        return (lexicon, new WordVectors(d, rows));
    }

    /// <summary>Sentences such as «قال سامي الخطيب في طرابلس إن شركة النور ستفتتح فرعا» with their BIO tags.</summary>
    public static List<NerSentence> Sentences()
    {
        var result = new List<NerSentence>();
        for (var i = 0; i < 60; i++)
        {
            var person = People[i % People.Length];
            var place = Places[(i / 2) % Places.Length];
            var org = Orgs[(i / 3) % Orgs.Length];
            var tokens = new List<string>();
            var tags = new List<string>();
            void Add(string text, string type)
            {
                var words = text.Split(' ');
                for (var w = 0; w < words.Length; w++)
                {
                    tokens.Add(words[w]);
                    tags.Add(type == "O" ? "O" : (w == 0 ? "B-" : "I-") + type);
                }
            }

            if (i % 2 == 0)
            {
                Add("قال", "O");
                Add(person, "PERS");
                Add("في", "O");
                Add(place, "LOC");
                Add("إن", "O");
                Add(org, "ORG");
                Add("ستفتتح فرعا جديدا .", "O");
            }
            else
            {
                Add("وصل", "O");
                Add(person, "PERS");
                Add("إلى", "O");
                Add(place, "LOC");
                Add("لزيارة", "O");
                Add(org, "ORG");
                Add("أمس .", "O");
            }

            result.Add(new NerSentence([.. tokens], tags.Select(t => NerTags.Parse(t)).ToArray()));
        }

        return result;
    }
}

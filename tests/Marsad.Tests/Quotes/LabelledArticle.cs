using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Quotes;

/// <summary>One of the team's own labelled test articles (Quotes/Data/*.json): written for the tests in several
/// outlets' styles, with the quotes a careful reader expects.</summary>
public sealed record LabelledArticle(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("style")] string Style,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("quotes")] IReadOnlyList<LabelledQuote> Quotes)
{
    public static IReadOnlyList<LabelledArticle> Load(string fileName)
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "tests", "Marsad.Tests", "Quotes", "Data", fileName);
        return JsonSerializer.Deserialize<List<LabelledArticle>>(File.ReadAllText(path))
               ?? throw new InvalidDataException($"{path}: empty");
    }

    public IReadOnlyList<ExpectedQuote> Expected =>
        Quotes.Select(q => new ExpectedQuote(q.Speaker, q.SpeakerMention, q.Cue, q.Kind, q.Text)).ToList();
}

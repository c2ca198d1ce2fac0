using System.Text.Json.Serialization;

namespace Marsad.Corpus;

/// <summary>One sentence of a story summary and where it comes from.</summary>
/// <param name="Text">The sentence, as written in the article body.</param>
/// <param name="Article">The id of the article it is drawn from.</param>
/// <param name="Outlet">That article's outlet.</param>
public sealed record SummarySentence(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("outlet")] string? Outlet);

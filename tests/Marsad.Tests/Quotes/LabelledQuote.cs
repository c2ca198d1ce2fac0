using System.Text.Json.Serialization;

namespace Marsad.Tests.Quotes;

/// <summary>An expected quote in a labelled test article (same fields as the seeds' gold).</summary>
public sealed record LabelledQuote(
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("speaker_mention")] string SpeakerMention,
    [property: JsonPropertyName("cue")] string Cue,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string Text);

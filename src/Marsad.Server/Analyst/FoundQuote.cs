namespace Marsad.Server.Analyst;

/// <summary>One quote of the speaker: when, in which outlet and article, the words, and whether they name the topic.</summary>
public sealed record FoundQuote(
    DateOnly? Date,
    string? Outlet,
    string Article,
    string? Headline,
    string Speaker,
    string? SpeakerId,
    string Cue,
    string Kind,
    string Text,
    bool OnTopic);

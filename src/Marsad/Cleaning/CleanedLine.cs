namespace Marsad.Cleaning;

/// <summary>One non-empty raw line, trimmed, with its matching form and what the cleaner decided about it.</summary>
internal sealed class CleanedLine(string text)
{
    public string Text { get; } = text;

    public string Key { get; } = MatchText.Normalize(text);

    public int Words { get; } = CreditReader.Words(text);

    /// <summary>The boilerplate kind (widget, share, caption, crosshead, byline ...); null for content.</summary>
    public string? Kind { get; set; }

    public bool IsContent => Kind is null;

    /// <summary>A content paragraph proper: ending as a sentence does, or longer than any headline.</summary>
    public bool IsParagraph => IsContent && (Words > 20 || CreditReader.EndsLikeSentence(Text));
}

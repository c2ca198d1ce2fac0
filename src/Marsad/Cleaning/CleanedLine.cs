namespace Marsad.Cleaning;

/// <summary>One non-empty raw line, trimmed, with its matching form and what the cleaner decided about it.</summary>
internal sealed class CleanedLine(string text)
{
    private string? key;

    public string Text { get; } = text;

    /// <summary>The line's <see cref="MatchText"/> form, made on first use: the rules read it for short lines, so most
    /// paragraphs never need one.</summary>
    public string Key => key ??= MatchText.Normalize(Text);

    public int Words { get; } = CreditReader.Words(text);

    /// <summary>The boilerplate kind (widget, share, caption, crosshead, byline ...); null for content.</summary>
    public string? Kind { get; set; }

    public bool IsContent => Kind is null;

    /// <summary>A content paragraph proper: ending as a sentence does, or longer than any headline.</summary>
    public bool IsParagraph => IsContent && (Words > 20 || CreditReader.EndsLikeSentence(Text));
}

namespace Marsad.Quotes;

/// <summary>A word or punctuation mark of the body as the quotation stage sees it: its range, its lookup key
/// (empty for punctuation) and the paragraph it sits in.</summary>
internal readonly record struct QuoteToken(int Start, int End, string Key, bool IsWord, int Paragraph)
{
    public char Punct(string body) => IsWord ? '\0' : body[Start];
}

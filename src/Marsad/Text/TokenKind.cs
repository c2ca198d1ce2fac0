namespace Marsad.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    ArabicWord,
    Number,
    Latin,
    Hashtag,
    Url,
    Punctuation,
    Symbol,
}

namespace Marsad.Text;

/// <summary>A token as an offset range into the body: no substring is made until a stage asks for one.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
}

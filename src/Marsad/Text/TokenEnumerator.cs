namespace Marsad.Text;

/// <summary>
/// Walks a span and yields <see cref="Token"/>s without allocating: <c>foreach (var t in ArabicTokenizer.Enumerate(text))</c>.
/// Offsets are relative to the span given.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> text;
    private int position;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        this.text = text;
        position = 0;
        Current = default;
    }

    public Token Current { get; private set; }

    public readonly TokenEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        while (position < text.Length && ArabicChars.IsBlank(text[position]))
        {
            position++;
        }

        if (position >= text.Length)
        {
            return false;
        }

        var start = position;
        var (length, kind) = TokenScanner.Scan(text, start);
        position = start + length;
        Current = new Token(start, length, kind);
        return true;
    }
}

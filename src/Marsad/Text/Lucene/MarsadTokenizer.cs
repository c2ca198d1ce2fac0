using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marsad.Text.Lucene;

/// <summary>
/// A Lucene tokenizer over <see cref="ArabicTokenizer"/>: words, numbers, Latin words, hashtags and URLs become terms
/// with their original offsets and their <see cref="TokenKind"/> as the type; punctuation and symbols are skipped.
/// Reads the whole field first (articles are small).
/// </summary>
public sealed class MarsadTokenizer : Tokenizer
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly ITypeAttribute type;
    private char[] text = [];
    private int textLength;
    private int position;

    public MarsadTokenizer(TextReader input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>The type names, by <see cref="TokenKind"/>, so filters compare without allocating.</summary>
    public static string TypeOf(TokenKind kind) => TypeNames[(int)kind];

    private static readonly string[] TypeNames = Enum.GetNames<TokenKind>();

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (position < textLength)
        {
            var enumerator = ArabicTokenizer.Enumerate(text.AsSpan(position, textLength - position));
            if (!enumerator.MoveNext())
            {
                position = textLength;
                return false;
            }

            var token = enumerator.Current;
            var start = position + token.Start;
            position = start + token.Length;
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                continue;
            }

            term.CopyBuffer(text, start, token.Length);
            offset.SetOffset(CorrectOffset(start), CorrectOffset(start + token.Length));
            type.Type = TypeOf(token.Kind);
            return true;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(textLength);
        offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        var all = m_input.ReadToEnd();
        if (text.Length < all.Length)
        {
            text = new char[all.Length];
        }

        all.CopyTo(0, text, 0, all.Length);
        textLength = all.Length;
        position = 0;
    }
}

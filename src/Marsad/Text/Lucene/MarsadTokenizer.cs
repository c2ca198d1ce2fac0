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

    /// <summary>
    /// Reads the whole field into the reused buffer. Not with <see cref="TextReader.ReadToEnd"/>: Lucene.NET's reader
    /// for string fields returns null from it for an empty string (an article without a headline), which is what
    /// once threw a NullReferenceException here during an ingest. <c>Read</c> may signal the end with 0 (.NET) or
    /// -1 (that same reader, after Java), so both end the loop.
    /// </summary>
    public override void Reset()
    {
        base.Reset();
        textLength = 0;
        position = 0;
        while (true)
        {
            if (textLength == text.Length)
            {
                Array.Resize(ref text, Math.Max(256, text.Length * 2));
            }

            var read = m_input.Read(text, textLength, text.Length - textLength);
            if (read <= 0)
            {
                break;
            }

            textLength += read;
        }
    }
}

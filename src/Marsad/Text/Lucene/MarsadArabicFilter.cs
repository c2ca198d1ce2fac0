using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marsad.Text.Lucene;

/// <summary>
/// Turns each term into its search key: clitics off Arabic words (والتحالف → تحالف), then
/// <see cref="ArabicNormalizer"/> (أ → ا, ة → ه, digits, lowercase...), then spelling variants (أمريكا → أميركا).
/// Offsets stay those of the whole word, so a hit highlights the word as written. Terms that normalise to nothing
/// (a lone tatweel) are dropped.
/// </summary>
public sealed class MarsadArabicFilter : TokenFilter
{
    private static readonly string ArabicWordType = MarsadTokenizer.TypeOf(TokenKind.ArabicWord);

    private readonly CliticAnalyzer clitics;
    private readonly SpellingVariants variants;
    private readonly ICharTermAttribute term;
    private readonly ITypeAttribute type;

    public MarsadArabicFilter(TokenStream input, CliticAnalyzer clitics, SpellingVariants variants)
        : base(input)
    {
        this.clitics = clitics ?? throw new ArgumentNullException(nameof(clitics));
        this.variants = variants ?? throw new ArgumentNullException(nameof(variants));
        term = AddAttribute<ICharTermAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var buffer = term.Buffer;
            var length = term.Length;
            if (type.Type == ArabicWordType)
            {
                var split = clitics.Analyze(buffer.AsSpan(0, length));
                if (split.IsSplit)
                {
                    Array.Copy(buffer, split.PrefixLength, buffer, 0, split.StemLength);
                    length = split.StemLength;
                }
            }

            length = ArabicNormalizer.NormalizeInPlace(buffer.AsSpan(0, length));
            if (length == 0)
            {
                continue;
            }

            if (variants.TryMatch(buffer.AsSpan(0, length), out var variant, out var canonical))
            {
                var folded = canonical.Length + (length - variant.Length);
                buffer = term.ResizeBuffer(folded);
                buffer.AsSpan(variant.Length, length - variant.Length).CopyTo(buffer.AsSpan(canonical.Length));
                canonical.AsSpan().CopyTo(buffer);
                length = folded;
            }

            term.Length = length;
            return true;
        }

        return false;
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Marsad.Search;

/// <summary>
/// Takes a one-letter proclitic (ل، ب، ك، ف، و, or و/ف before ل، ب، ك) off a word when what remains is a known name:
/// «لبوتين» → «بوتين», «وبدمشق» → «دمشق». The light stemmer after it leaves a lone ل or ب alone on purpose (لبنان، بريطانيا
/// begin with them), so without this a name written with a preposition is a different index term and a search for the
/// name misses it. A word that is itself a known name is never cut.
/// </summary>
internal sealed class NameProcliticFilter : TokenFilter
{
    private const int ShortestName = 3;
    private readonly CharArraySet names;
    private readonly ICharTermAttribute term;

    public NameProcliticFilter(TokenStream input, CharArraySet names)
        : base(input)
    {
        this.names = names;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = term.Buffer;
        var length = term.Length;
        // Only a word opening with a proclitic letter can be cut: the others need no look-up (most words).
        if (length <= ShortestName || !IsProclitic(buffer, 1) || names.Contains(buffer, 0, length))
        {
            return true;
        }

        for (var cut = 2; cut >= 1; cut--)
        {
            if (length - cut >= ShortestName && IsProclitic(buffer, cut) && names.Contains(buffer, cut, length - cut))
            {
                Array.Copy(buffer, cut, buffer, 0, length - cut);
                term.Length = length - cut;
                return true;
            }
        }

        return true;
    }

    private static bool IsProclitic(char[] buffer, int cut) => cut switch
    {
        1 => buffer[0] is 'ل' or 'ب' or 'ك' or 'ف' or 'و',
        _ => buffer[0] is 'و' or 'ف' && buffer[1] is 'ل' or 'ب' or 'ك',
    };
}

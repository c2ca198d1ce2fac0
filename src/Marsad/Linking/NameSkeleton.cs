using System.Text;

namespace Marsad.Linking;

/// <summary>
/// The consonant skeleton of a foreign person's name key, so that the spellings outlets give one foreign name meet:
/// long vowels written or not (جاووش / جاويش، شولتس / شولتسه), Turkish «تش» for ç, «غ» or «ج» for a hard g, a final
/// «ه» and doubled letters. Only for names of two words or more (one word's skeleton meets too many other words).
/// </summary>
internal static class NameSkeleton
{
    /// <summary>The skeleton of a key (<see cref="LinkKey.Of(ReadOnlySpan{char})"/>), or null for a one-word key.</summary>
    public static string? Of(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        var result = new StringBuilder(key.Length);
        foreach (var word in words)
        {
            if (result.Length > 0)
            {
                result.Append(' ');
            }

            AppendWord(result, word);
        }

        return result.ToString();
    }

    private static void AppendWord(StringBuilder result, string word)
    {
        var end = word.Length;
        if (end >= 4 && word[end - 1] == 'ه')
        {
            end--; // شولتسه / شولتس
        }

        var wordStart = result.Length;
        for (var k = 0; k < end; k++)
        {
            var c = word[k] switch
            {
                'غ' => 'ج',
                _ => word[k],
            };

            if (c == 'ت' && k + 1 < end && word[k + 1] == 'ش')
            {
                continue; // تشاووش / شاووش
            }

            if (k > 0 && c is 'ا' or 'و' or 'ي')
            {
                continue;
            }

            if (result.Length > wordStart && result[^1] == c)
            {
                continue;
            }

            result.Append(c);
        }
    }
}

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
        var end = LengthWithoutFinalHeh(word); // شولتسه / شولتس

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

    /// <summary>
    /// Whether two keys of the same skeleton are spelt closely enough to be one name: word by word the same first and
    /// last letter (a final «ه» forgiven), and few letters apart in all (دياب is not ديبي, برينان not بروين).
    /// </summary>
    public static bool CloseSpelling(string a, string b)
    {
        var wa = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wb = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (wa.Length != wb.Length)
        {
            return false;
        }

        for (var k = 0; k < wa.Length; k++)
        {
            var x = wa[k].AsSpan(0, LengthWithoutFinalHeh(wa[k]));
            var y = wb[k].AsSpan(0, LengthWithoutFinalHeh(wb[k]));
            if (x.Length == 0 || y.Length == 0 || x[0] != y[0] || x[^1] != y[^1])
            {
                return false;
            }
        }

        return EditDistance.Of(a, b) <= Math.Max(1, Math.Max(a.Length, b.Length) / 5);
    }

    /// <summary>A final «ه» of a word of four letters or more is a spelling choice (شولتسه / شولتس), not a letter of the name.</summary>
    private static int LengthWithoutFinalHeh(string word) => word.Length >= 4 && word[^1] == 'ه' ? word.Length - 1 : word.Length;
}

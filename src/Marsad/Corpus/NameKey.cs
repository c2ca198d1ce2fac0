using System.Text;

namespace Marsad.Corpus;

/// <summary>
/// The form names are compared in: Arabic letters normalised (alef forms, yeh, teh marbuta, diacritics, tatweel),
/// lower case, one space between words. Used to find entities and speakers by name or alias.
/// </summary>
public static class NameKey
{
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == '-' || c == '_')
            {
                space = sb.Length > 0;
                continue;
            }

            var mapped = Map(c);
            if (mapped == '\0')
            {
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(mapped);
        }

        return sb.ToString();
    }

    private static char Map(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ـ' => '\0',
        >= '\u064B' and <= '\u065F' or '\u0670' => '\0',
        _ => char.ToLowerInvariant(c),
    };
}

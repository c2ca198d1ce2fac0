using System.Text;

namespace Marsad.Text;

/// <summary>
/// Collapses every run of whitespace (NBSP and other Unicode spaces included) and of the given extra separators into
/// one space, and trims: the last step of every comparison key (names, mentions, gold text).
/// </summary>
public static class WhitespaceFolding
{
    public static string Collapse(string? text, string extraSeparators = "")
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || extraSeparators.Contains(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}

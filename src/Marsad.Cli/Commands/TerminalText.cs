namespace Marsad.Cli.Commands;

/// <summary>Article text printed to a terminal: control characters (ESC, BEL, CR, NUL ...) from a hostile page
/// would otherwise drive the terminal — retitle it, clear it, recolour or overwrite earlier lines.</summary>
public static class TerminalText
{
    /// <summary>The text with every control character shown as U+FFFD; null as empty.</summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(char.IsControl))
        {
            return text ?? "";
        }

        return string.Create(text.Length, text, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = char.IsControl(source[i]) ? '\uFFFD' : source[i];
            }
        });
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Marsad.Server.Api;

/// <summary>Parses query-string values with messages that say which parameter is wrong and why.</summary>
internal static class QueryValues
{
    public const int MaxTextLength = 1000;
    public const int MaxFilterLength = 200;

    public static bool TryDate(string? text, string name, out DateOnly? date, [NotNullWhen(false)] out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        error = $"'{name}' must be a date of the form YYYY-MM-DD.";
        return false;
    }

    public static bool TryInt(string? text, string name, int fallback, int min, int max, out int value, [NotNullWhen(false)] out string? error)
    {
        value = fallback;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        error = $"'{name}' must be a whole number from {min} to {max}.";
        return false;
    }

    public static bool TryText(string? text, string name, int maxLength, out string? value, [NotNullWhen(false)] out string? error)
    {
        value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        error = value is { Length: var n } && n > maxLength ? $"'{name}' is longer than {maxLength} characters." : null;
        return error is null;
    }

    public static bool TryRange(DateOnly? from, DateOnly? to, [NotNullWhen(false)] out string? error)
    {
        error = from is { } f && to is { } t && f > t ? "'from' is after 'to'." : null;
        return error is null;
    }
}

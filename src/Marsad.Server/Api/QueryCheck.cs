using System.Globalization;
using Marsad.Search;

namespace Marsad.Server.Api;

/// <summary>
/// Checks the values of a corpus question (text, filters, dates, paging) for the HTTP API and the CLI alike, so both
/// reject the same input with the same message; only the way a parameter is named differs ('from' or --from).
/// The first problem wins: later checks return their fallback and leave <see cref="Error"/> as it is.
/// </summary>
public sealed class QueryCheck
{
    /// <summary>Longest free-text query (q, --about ...).</summary>
    public const int MaxTextLength = 1000;

    /// <summary>Longest filter value (entity, speaker, outlet, unit).</summary>
    public const int MaxFilterLength = 200;

    // An echoed bad value is cut short: the message names the problem, it need not repeat a megabyte of it.
    private const int MaxEchoLength = 40;

    private readonly bool commandLine;

    private QueryCheck(bool commandLine) => this.commandLine = commandLine;

    /// <summary>The first problem found, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>True while no check has failed.</summary>
    public bool IsValid => Error is null;

    /// <summary>A check that names parameters as the query string does: 'from'.</summary>
    public static QueryCheck ForApi() => new(commandLine: false);

    /// <summary>A check that names parameters as options: --from.</summary>
    public static QueryCheck ForCommandLine() => new(commandLine: true);

    /// <summary>Trimmed text, or null when blank; too long or holding control characters is an error.</summary>
    public string? Text(string? raw, string name, int maxLength = MaxFilterLength)
    {
        if (!IsValid || string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var value = raw.Trim();
        if (value.Length > maxLength)
        {
            return Fail($"{Label(name)} is longer than {maxLength} characters.");
        }

        // Tabs and line breaks are only whitespace to the analyzer; other control characters mean a broken client.
        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return Fail($"{Label(name)} contains a control character (U+{(int)c:X4}).");
            }
        }

        return value;
    }

    /// <summary>A YYYY-MM-DD date, or null when blank.</summary>
    public DateOnly? Date(string? raw, string name)
    {
        if (!IsValid || string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail($"{Label(name)} must be a date of the form YYYY-MM-DD, not '{Echo(raw)}'.");
        return null;
    }

    /// <summary>The from and to dates of a range; from after to is an error.</summary>
    public (DateOnly? From, DateOnly? To) DateRange(string? from, string? to)
    {
        var start = Date(from, "from");
        var end = Date(to, "to");
        if (IsValid && start is { } f && end is { } t && f > t)
        {
            Fail($"{Label("from")} ({f:yyyy-MM-dd}) is after {Label("to")} ({t:yyyy-MM-dd}).");
        }

        return (start, end);
    }

    /// <summary>A whole number from the query string: <paramref name="fallback"/> when blank.</summary>
    public int Number(string? raw, string name, int fallback, int min, int max)
    {
        if (!IsValid || string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        return int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? Number(value, name, min, max)
            : Fail(NumberMessage(name, min, max), fallback);
    }

    /// <summary>A whole number already parsed (an option's value), checked against its range.</summary>
    public int Number(int value, string name, int min, int max)
    {
        if (IsValid && (value < min || value > max))
        {
            Fail(NumberMessage(name, min, max));
        }

        return value;
    }

    /// <summary>Records a problem the caller found itself (e.g. a required value missing); the first still wins.</summary>
    public void Require(bool condition, string message)
    {
        if (IsValid && !condition)
        {
            Fail(message);
        }
    }

    /// <summary>The message for a query that does not parse; <paramref name="name"/> is the parameter (q, about ...).</summary>
    public string QuerySyntax(string name, QuerySyntaxException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var what = name is "q" or "QUERY" ? "the query" : Label(name);
        return $"{what} does not parse: {error.Message} (or use {(commandLine ? "--lenient" : "lenient=1")}).";
    }

    /// <summary>How a parameter is named in messages: 'from' for the API, --from for the command line, where a name in
    /// capitals is a positional argument (QUERY, SPEAKER) and stays as it is.</summary>
    public string Label(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return !commandLine ? $"'{name}'"
            : name.Length > 0 && name.All(char.IsUpper) ? name
            : "--" + name;
    }

    private string NumberMessage(string name, int min, int max) =>
        max == int.MaxValue
            ? $"{Label(name)} must be a whole number from {min} up."
            : $"{Label(name)} must be a whole number from {min} to {max}.";

    private string? Fail(string message) => Fail<string?>(message, null);

    private T Fail<T>(string message, T fallback)
    {
        Error ??= message;
        return fallback;
    }

    private static string Echo(string raw)
    {
        // The cut never falls between the halves of a surrogate pair (an emoji would become U+FFFD).
        var cut = raw.Length > MaxEchoLength && char.IsHighSurrogate(raw[MaxEchoLength - 1]) ? MaxEchoLength - 1 : MaxEchoLength;
        var shown = raw.Length > MaxEchoLength ? raw[..cut] + "…" : raw;
        return string.Create(shown.Length, shown, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = char.IsControl(s[i]) ? '?' : s[i];
            }
        });
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Marsad.Sources;

/// <summary>Parses metadata dates: RFC 822 (<c>Sun, 18 Feb 2018 21:35:43 +0400</c>, <c>... GMT</c>) and ISO 8601.</summary>
internal static partial class Rfc822Date
{
    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s+)?(\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*([+-]\d{4}|[A-Za-z]{1,5})?$")]
    private static partial Regex Rfc822();

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var m = Rfc822().Match(text);
        if (m.Success)
        {
            string[] formats = ["d MMM yyyy H:mm:ss", "d MMM yyyy H:mm", "d MMM yy H:mm:ss", "d MMM yy H:mm"];
            if (DateTime.TryParseExact(m.Groups[1].Value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return new DateTimeOffset(local, Offset(m.Groups[2].Value));
            }
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
        {
            return iso;
        }

        return null;
    }

    private static TimeSpan Offset(string zone)
    {
        if (zone.Length == 5 && (zone[0] == '+' || zone[0] == '-')
            && int.TryParse(zone.AsSpan(1, 2), out var h) && int.TryParse(zone.AsSpan(3, 2), out var min))
        {
            var span = new TimeSpan(h, min, 0);
            return zone[0] == '-' ? -span : span;
        }

        return zone.ToUpperInvariant() switch
        {
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            _ => TimeSpan.Zero,
        };
    }
}

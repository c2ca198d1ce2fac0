using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Sources;

namespace Marsad.Server.Api;

/// <summary>A raw article sent to the API: its text and what the caller knows about it.</summary>
public sealed record ArticleInput
{
    /// <summary>An id of letters, digits and <c>-_:.~</c>; derived from the text when absent.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>YYYY-MM-DD or an ISO date-time.</summary>
    [JsonPropertyName("published")]
    public string? Published { get; init; }

    [JsonPropertyName("outlet")]
    public string? Outlet { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { MaxDepth = 8 };

    /// <summary>The document the pipeline reads, or an error saying what is wrong. Nothing here names a file:
    /// the path is a fixed label.</summary>
    internal bool TryToDocument(string label, [NotNullWhen(true)] out RawDocument? document, [NotNullWhen(false)] out string? error)
    {
        document = null;
        if (string.IsNullOrWhiteSpace(Text))
        {
            error = "'text' is required and must not be empty.";
            return false;
        }

        DateTimeOffset? published = null;
        if (!string.IsNullOrWhiteSpace(Published))
        {
            if (DateOnly.TryParseExact(Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                published = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }
            else if (DateTimeOffset.TryParse(Published.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            {
                published = time;
            }
            else
            {
                error = "'published' must be a date (YYYY-MM-DD) or an ISO date-time.";
                return false;
            }
        }

        string id;
        if (string.IsNullOrWhiteSpace(Id))
        {
            id = "api-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)))[..16];
        }
        else if (IsSafeId(Id.Trim()))
        {
            id = Id.Trim();
        }
        else
        {
            error = "'id' may hold only letters, digits and -_:.~ (at most 100 characters).";
            return false;
        }

        document = new RawDocument
        {
            Id = id,
            Path = label,
            Format = DocumentFormat.PlainText,
            Text = Text,
            Title = Clip(Title),
            Outlet = Clip(Outlet),
            Url = Clip(Url),
            Published = published,
        };
        error = null;
        return true;
    }

    private static bool IsSafeId(string id) =>
        id.Length is > 0 and <= 100 && !id.StartsWith('.') && id.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ':' or '.' or '~');

    private static string? Clip(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is { Length: > 500 } long_ ? long_[..500] : value.Trim();
}

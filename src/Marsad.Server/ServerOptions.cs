using Microsoft.Extensions.Configuration;

namespace Marsad.Server;

/// <summary>How the server runs: the store it serves, where it listens, the ingest key and the request limits.
/// Bound from the <c>Marsad</c> configuration section when the host is started without explicit options.</summary>
public sealed record ServerOptions
{
    public const string Section = "Marsad";

    /// <summary>Loopback only unless the user asks otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>The store folder (created if missing), or a PostgreSQL address.</summary>
    public string Store { get; init; } = "marsad-data";

    /// <summary>The local search index folder of a PostgreSQL store (null: $MARSAD_INDEX, else ./marsad-index).</summary>
    public string? Index { get; init; }

    /// <summary>The addresses to listen on (';'-separated); null keeps the host's own (tests, ASPNETCORE_URLS).</summary>
    public string? Urls { get; init; } = DefaultUrls;

    /// <summary>The key <c>POST /api/ingest</c> requires in <c>X-Api-Key</c>; ingest is off without one.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body Kestrel accepts at all.</summary>
    public long MaxRequestBodyBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>The largest article <c>POST /api/analyze</c> accepts.</summary>
    public long MaxAnalyzeBytes { get; init; } = 1024 * 1024;

    /// <summary>The largest batch <c>POST /api/ingest</c> accepts.</summary>
    public long MaxIngestBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Articles one ingest request may carry.</summary>
    public int MaxIngestArticles { get; init; } = 200;

    /// <summary>How often, at most, the server looks for articles other processes stored (a PostgreSQL store's
    /// workers), in seconds; 0 looks on every request.</summary>
    public double RefreshSeconds { get; init; } = 2;

    /// <summary>Reads the options from configuration (<c>Marsad:Store</c>, <c>Marsad:ApiKey</c> ...).</summary>
    public static ServerOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var defaults = new ServerOptions();
        return new ServerOptions
        {
            Store = section["Store"] is { Length: > 0 } store ? store : defaults.Store,
            Index = section["Index"] is { Length: > 0 } index ? index : null,
            Urls = section["Urls"] is { Length: > 0 } urls ? urls : null,
            ApiKey = section["ApiKey"] is { Length: > 0 } key ? key : null,
            MaxRequestBodyBytes = section.GetValue("MaxRequestBodyBytes", defaults.MaxRequestBodyBytes),
            MaxAnalyzeBytes = section.GetValue("MaxAnalyzeBytes", defaults.MaxAnalyzeBytes),
            MaxIngestBytes = section.GetValue("MaxIngestBytes", defaults.MaxIngestBytes),
            MaxIngestArticles = section.GetValue("MaxIngestArticles", defaults.MaxIngestArticles),
            RefreshSeconds = Math.Max(0, section.GetValue("RefreshSeconds", defaults.RefreshSeconds)),
        };
    }
}

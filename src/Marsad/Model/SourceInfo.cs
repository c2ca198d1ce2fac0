using System.Text.Json.Serialization;

namespace Marsad.Model;

/// <summary>Where an article came from: the file (or archive entry) it was read from, its URL and its outlet.</summary>
public sealed record SourceInfo(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("outlet")] string? Outlet);

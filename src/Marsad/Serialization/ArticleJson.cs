using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Marsad.Model;

namespace Marsad.Serialization;

/// <summary>The JSON contract of an analysed article (docs/json-contract.md): one object per line.</summary>
public static class ArticleJson
{
    /// <summary>Options for the record: Arabic written as is, HTML-significant characters still escaped.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: false);

    public static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(indented: true);

    public static string Serialize(AnalyzedArticle article, bool indented = false) =>
        JsonSerializer.Serialize(article, indented ? IndentedOptions : Options);

    public static void Write(Utf8JsonWriter writer, AnalyzedArticle article) =>
        JsonSerializer.Serialize(writer, article, Options);

    public static AnalyzedArticle Deserialize(string json) =>
        JsonSerializer.Deserialize<AnalyzedArticle>(json, Options)
        ?? throw new JsonException("the record is null");

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter<EntityType>());
        options.Converters.Add(new JsonStringEnumConverter<QuoteKind>(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

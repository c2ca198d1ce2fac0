using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Marsad.Model;

namespace Marsad.Server;

/// <summary>JSON settings of the API's own responses: camelCase, Arabic written as is (HTML-significant characters
/// still escaped), enums as names.</summary>
internal static class ServerJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter<EntityType>());
        options.Converters.Add(new JsonStringEnumConverter<QuoteKind>(JsonNamingPolicy.CamelCase));
    }
}

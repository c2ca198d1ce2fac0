using System.Security.Cryptography;
using System.Text;

namespace Marsad.Server.Api;

/// <summary>Guards writes: without a configured key the endpoint does not exist (404); a request without the
/// header is unauthenticated (401), one with another key forbidden (403). Compared in constant time.</summary>
internal static class ApiKeyCheck
{
    public const string Header = "X-Api-Key";

    public static IResult? Reject(HttpRequest request, string? configuredKey)
    {
        if (string.IsNullOrEmpty(configuredKey))
        {
            return Problems.NotFound("Ingest is off: the server was started without an API key.");
        }

        if (!request.Headers.TryGetValue(Header, out var values) || string.IsNullOrEmpty(values.ToString()))
        {
            return TypedResults.Problem($"Send the API key in the {Header} header.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        var given = Encoding.UTF8.GetBytes(values.ToString());
        var expected = Encoding.UTF8.GetBytes(configuredKey);
        return CryptographicOperations.FixedTimeEquals(given, expected)
            ? null
            : TypedResults.Problem("The API key is not valid.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
    }
}

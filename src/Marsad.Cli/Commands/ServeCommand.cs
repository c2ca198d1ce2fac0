using System.CommandLine;
using Marsad.Server;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad serve</c>: the HTTP API and the web page over a store, on loopback unless told otherwise.</summary>
public static class ServeCommand
{
    public static Command Create(CommandIO io)
    {
        var store = CommonOptions.Store();
        var urls = new Option<string>("--urls")
        {
            Description = $"Addresses to listen on, ';'-separated (default {ServerOptions.DefaultUrls}; loopback only unless you say otherwise).",
            DefaultValueFactory = _ => ServerOptions.DefaultUrls,
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = "Enables POST /api/ingest for requests carrying this key in X-Api-Key (default: $MARSAD_API_KEY; ingest is off without a key).",
        };
        var command = new Command("serve", "Serves the store: JSON API under /api (OpenAPI at /openapi/v1.json) and the web page at /.")
        {
            store, urls, apiKey,
        };
        command.SetAction(parse =>
        {
            var address = parse.GetValue(urls);
            if (string.IsNullOrWhiteSpace(address)
                || address.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Any(u => !Uri.TryCreate(u, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https")))
            {
                io.Error.WriteLine($"marsad serve: --urls '{address}' is not a list of http(s) addresses such as {ServerOptions.DefaultUrls}");
                return Program.UsageError;
            }

            var key = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("MARSAD_API_KEY");
            var options = new ServerOptions
            {
                Store = CommonOptions.ResolveStore(parse.GetValue(store)),
                Index = CommonOptions.IndexFolder,
                Urls = address,
                ApiKey = string.IsNullOrWhiteSpace(key) ? null : key,
            };
            try
            {
                // Open the store once before listening: a store that cannot be read is an error now, naming it,
                // rather than a failure on every request later.
                using (CommonOptions.OpenCorpus(options.Store))
                {
                }

                using var app = MarsadServer.CreateApp(options);
                io.Out.WriteLine($"marsad: serving {CommonOptions.Display(options.Store)} on {address} (ingest {(options.ApiKey is null ? "off" : "on")}); Ctrl+C stops.");
                app.Run();
                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                io.Error.WriteLine($"marsad serve: {CommonOptions.StoreError(options.Store, ex)}");
                return 1;
            }
        });
        return command;
    }
}

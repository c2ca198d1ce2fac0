using Marsad.Server.Api;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Marsad.Server;

/// <summary>Builds the web host: the JSON API under <c>/api</c>, its OpenAPI document and the embedded page.</summary>
public static class MarsadServer
{
    /// <summary>
    /// Creates the app. With <paramref name="options"/> null the settings are read from configuration when first
    /// needed (so a test host can supply them); otherwise they are used as given and bind the listen addresses.
    /// </summary>
    public static WebApplication CreateApp(ServerOptions? options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(MarsadServer).Assembly.GetName().Name,
        });

        if (options?.Urls is { Length: > 0 } urls)
        {
            builder.WebHost.UseUrls(urls);
        }
        else if (options is null && string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(ServerOptions.DefaultUrls);
        }

        var services = builder.Services;
        services.AddSingleton(sp => options ?? ServerOptions.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<CorpusHost>();
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k =>
            k.Limits.MaxRequestBodySize = (options ?? ServerOptions.FromConfiguration(builder.Configuration)).MaxRequestBodyBytes);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.ConfigureHttpJsonOptions(json => ServerJson.Configure(json.SerializerOptions));
        services.AddOpenApi();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        var page = new EmbeddedFileProvider(typeof(MarsadServer).Assembly, "Marsad.Server.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = page,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "no-cache",
        });

        app.MapOpenApi();
        var api = app.MapGroup("/api");
        api.MapSearchEndpoints();
        api.MapArticleEndpoints();
        api.MapStoryEndpoints();
        api.MapEntityEndpoints();
        api.MapQuoteEndpoints();
        api.MapNumberEndpoints();
        api.MapAnalyzeEndpoints();
        api.MapIngestEndpoints();
        return app;
    }
}

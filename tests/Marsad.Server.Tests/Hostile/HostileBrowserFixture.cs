using Marsad.Corpus;
using Marsad.Server.Tests.Browser;
using Marsad.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Marsad.Server.Tests.Hostile;

/// <summary>The real server over a store of <see cref="HostileArticles"/>, and Debian's headless Chromium
/// (skipped where it is absent), for checking that markup in articles stays inert on every view.</summary>
public sealed class HostileBrowserFixture : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "marsad-hostile-page-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private IPlaywright? playwright;

    public string? SkipReason { get; private set; }

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            SkipReason = $"{BrowserFixture.ChromiumPath} is absent: install Debian's chromium to run the browser tests";
            return;
        }

        using (var corpus = Corpus.Corpus.Open(folder))
        {
            var report = corpus.Ingest(HostileArticles.All.Select(SourceResult.Ok), new IngestOptions { DegreeOfParallelism = 1 });
            if (report.Added != HostileArticles.All.Count)
            {
                throw new InvalidOperationException($"the hostile store did not build: {string.Join("; ", report.Errors)}");
            }
        }

        app = MarsadServer.CreateApp(new ServerOptions { Store = folder, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        BaseUrl = app.Urls.First().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = BrowserFixture.ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open: the temp folder is cleaned by the system.
        }
    }
}

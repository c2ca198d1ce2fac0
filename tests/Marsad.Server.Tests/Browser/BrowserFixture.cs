using Marsad.Server.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Marsad.Server.Tests.Browser;

/// <summary>The real server on a loopback port over a test store, and Debian's headless Chromium driven by
/// Playwright (never a downloaded browser). <see cref="SkipReason"/> is set where Chromium is absent.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    internal static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private TestStore? store;
    private WebApplication? app;
    private IPlaywright? playwright;

    public string? SkipReason { get; private set; }

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public TestStore Store => store!;

    /// <summary>Where screenshots go: TestResults/screenshots in the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"{ChromiumPath} is absent: install Debian's chromium to run the browser tests";
            return;
        }

        store = new TestStore();
        app = MarsadServer.CreateApp(new ServerOptions { Store = store.Folder, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        BaseUrl = app.Urls.First().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
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

        store?.Dispose();
    }
}

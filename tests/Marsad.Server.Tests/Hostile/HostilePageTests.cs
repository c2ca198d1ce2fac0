using Microsoft.Playwright;

namespace Marsad.Server.Tests.Hostile;

/// <summary>
/// The page in headless Chromium over articles whose headline, outlet, speaker and body carry markup, and over
/// hostile hash routes: no dialog ever opens, no element of the article's markup enters the DOM, and the text
/// shows literally on every view (article, search, stories, story).
/// </summary>
public sealed class HostilePageTests(HostileBrowserFixture fixture) : IClassFixture<HostileBrowserFixture>
{
    /// <summary>Elements article markup would create if it were ever parsed as HTML.</summary>
    private const string InjectedElements = "#view script, #view img, #view svg:not(.chart), #view iframe, #view b, [onerror], [onload], [onmouseover]";

    [SkippableFact]
    public async Task A_headline_that_breaks_out_of_an_attribute_shows_literally_on_the_article_view()
    {
        var (page, dialogs) = await OpenAsync("#/article/hostile-1");
        await page.WaitForSelectorAsync(".article-view");

        Assert.Contains(HostileArticles.AttributeBreak, await page.Locator("h1").InnerTextAsync());
        Assert.Contains(HostileArticles.SvgOutlet, await page.Locator(".article-view .outlet").InnerTextAsync());
        var body = await page.Locator("#article-body").InnerTextAsync();
        Assert.Contains(HostileArticles.ScriptTag, body);
        Assert.Contains(HostileArticles.JsLink, body);
        await AssertInertAsync(page, dialogs);

        (page, dialogs) = await OpenAsync("#/article/hostile-3");
        await page.WaitForSelectorAsync(".article-view");
        Assert.Contains("onmouseover='alert(16)'", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("</p><iframe", await page.Locator("#article-body").InnerTextAsync());
        await page.Locator("h1").HoverAsync();
        await AssertInertAsync(page, dialogs);
    }

    [SkippableFact]
    public async Task Hostile_headlines_stay_text_in_search_hits_story_lists_and_story_pages()
    {
        var (page, dialogs) = await OpenAsync("#/search?q=" + Uri.EscapeDataString("الميناء"));
        await page.WaitForSelectorAsync(".hit");
        var hits = await page.Locator(".hits").InnerTextAsync();
        Assert.Contains(HostileArticles.AttributeBreak, hits);
        Assert.Contains(HostileArticles.ScriptTag, hits);
        await AssertInertAsync(page, dialogs);

        await page.GotoAsync(fixture.BaseUrl + "/#/stories?min=1");
        await page.WaitForSelectorAsync(".stories-view");
        await AssertInertAsync(page, dialogs);
        var storyLinks = page.Locator(".stories-view .hit h3 a");
        if (await storyLinks.CountAsync() > 0)
        {
            await storyLinks.First.ClickAsync();
            await page.WaitForSelectorAsync(".story-view");
            var story = await page.Locator(".story-view").InnerTextAsync();
            Assert.True(story.Contains(HostileArticles.SvgOutlet, StringComparison.Ordinal) || story.Contains(HostileArticles.ScriptTag, StringComparison.Ordinal), story);
            await AssertInertAsync(page, dialogs);
        }
    }

    [SkippableTheory]
    [InlineData("#/search?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(21)%3E")]
    [InlineData("#/search?outlet=%3Csvg%20onload%3Dalert(22)%3E&q=x")]
    [InlineData("#/article/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(23)%3E")]
    [InlineData("#/entity/%3Cscript%3Ealert(24)%3C%2Fscript%3E")]
    [InlineData("#/story/javascript:alert(25)")]
    [InlineData("#/article/%E0%A4%A")]
    [InlineData("#/stories?from=%3Cimg%20src%3Dx%20onerror%3Dalert(26)%3E&page=-9")]
    [InlineData("#/search?page=99999999999999999999&size=-1")]
    [InlineData("#/../../../etc/passwd")]
    public async Task A_hostile_route_shows_an_error_or_nothing_and_never_runs_code(string route)
    {
        var (page, dialogs) = await OpenAsync(route);
        await page.WaitForSelectorAsync("#view > *");
        await AssertInertAsync(page, dialogs);
    }

    private static async Task AssertInertAsync(IPage page, List<string> dialogs)
    {
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, await page.Locator(InjectedElements).CountAsync());
        Assert.Empty(dialogs);
    }

    private async Task<(IPage Page, List<string> Dialogs)> OpenAsync(string route)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ar" });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await page.GotoAsync(fixture.BaseUrl + "/" + route);
        return (page, dialogs);
    }
}

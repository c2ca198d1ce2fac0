using System.Net.Http.Json;
using System.Text.Json;
using Marsad.Server.Tests.Support;
using Microsoft.Playwright;

namespace Marsad.Server.Tests.Browser;

/// <summary>The analyst's views in headless Chromium: who said what (and which outlets carried it), the figures
/// each outlet reported, readable errors — right to left, with no console error and no code run from text.</summary>
public sealed class AnalystPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string InjectedElements = "#view script, #view img, #view svg:not(.chart), #view iframe, [onerror], [onload]";

    [SkippableFact]
    public async Task The_quotes_view_lists_what_a_speaker_said_on_a_topic_and_the_outlets_that_carried_it()
    {
        var (page, dialogs, errors) = await OpenAsync("#/quotes?speaker=" + Uri.EscapeDataString("شكري") + "&about=" + Uri.EscapeDataString("سد النهضة"));
        await page.WaitForSelectorAsync(".quote-results li");

        Assert.True(await page.Locator(".quote-results li").CountAsync() >= 3);
        Assert.True(await page.Locator(".quote-results li.off-topic").CountAsync() >= 1, "a quote whose article, not its words, is about the topic is told apart");
        Assert.Equal(3, await page.Locator(".outlets-table tbody tr").CountAsync());
        Assert.Contains("النهضة", await page.Locator(".quote-results").InnerTextAsync());
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.quotes-view')).direction"));
        await ShotAsync(page, "quotes");

        await page.Locator(".outlets-table a", new() { HasTextString = "العربية" }).ClickAsync();
        await page.WaitForSelectorAsync(".quotes-view .chip");
        Assert.Contains("outlet=", page.Url);
        var outlets = await page.Locator(".quote-results .outlet").AllInnerTextsAsync();
        Assert.NotEmpty(outlets);
        Assert.All(outlets, o => Assert.Equal("العربية", o));
        Assert.Empty(dialogs);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task The_quotes_form_asks_by_name_and_the_entity_page_links_to_it()
    {
        var (page, _, errors) = await OpenAsync("#/quotes");
        await page.WaitForSelectorAsync(".quote-form");
        await page.FillAsync(".quote-form input[name=speaker]", "مدير الدفاع المدني السوداني");
        await page.Locator(".quote-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync(".quote-results li");

        Assert.Contains("الفيضانات", await page.Locator(".quote-results").InnerTextAsync());
        Assert.Empty(errors);

        Skip.If(fixture.Store.FirstEntityId is null, "the pipeline found no entity in the test articles");
        await page.GotoAsync(fixture.BaseUrl + "/#/entity/" + Uri.EscapeDataString(fixture.Store.FirstEntityId!));
        await page.WaitForSelectorAsync(".entity-view");
        var link = page.Locator(".entity-links a[href^='#/quotes']");
        if (await link.CountAsync() > 0)
        {
            await link.ClickAsync();
            await page.WaitForSelectorAsync(".quote-results li");
        }
    }

    [SkippableFact]
    public async Task A_story_shows_each_outlets_figures_side_by_side()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        using var http = new HttpClient();
        var story = await http.GetFromJsonAsync<JsonElement>(fixture.BaseUrl + "/api/articles/flood-1/story");
        var id = story.GetProperty("story").GetProperty("id").GetString()!;

        var (page, dialogs, errors) = await OpenAsync("#/story/" + Uri.EscapeDataString(id));
        await page.WaitForSelectorAsync(".numbers-table");

        var table = await page.Locator(".numbers-table").First.InnerTextAsync();
        Assert.Contains("راديو المدينة", table);
        Assert.Contains("12", table);
        Assert.Empty(dialogs);
        Assert.Empty(errors);
        await ShotAsync(page, "story-numbers");

        await page.GotoAsync(fixture.BaseUrl + "/#/numbers?q=" + Uri.EscapeDataString("الفيضانات") + "&unit=" + Uri.EscapeDataString("قتيل"));
        await page.WaitForSelectorAsync(".numbers-view .numbers-table");
        var rows = await page.Locator(".numbers-view .numbers-table tbody tr").AllInnerTextsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Contains("قناة الوادي", rows[0]);
        Assert.Contains("15", rows[0]);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task A_bad_question_shows_an_arabic_message_with_the_servers_reason()
    {
        var (page, _, _) = await OpenAsync("#/quotes?speaker=x&about=" + Uri.EscapeDataString("((("));
        await page.WaitForSelectorAsync(".error");

        var text = await page.Locator(".error").InnerTextAsync();
        Assert.Contains("طلب غير صحيح", text);
        Assert.Contains("400", text);
        Assert.DoesNotContain("{", text);
        Assert.Equal("auto", await page.Locator(".error .detail").GetAttributeAsync("dir"));
    }

    [SkippableTheory]
    [InlineData("#/quotes?speaker=%3Cimg%20src%3Dx%20onerror%3Dalert(31)%3E")]
    [InlineData("#/quotes?speaker=x&outlet=%3Csvg%20onload%3Dalert(32)%3E&about=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(33)%3E")]
    [InlineData("#/numbers?q=%3Cscript%3Ealert(34)%3C%2Fscript%3E&unit=%3Cimg%20src%3Dx%20onerror%3Dalert(35)%3E")]
    [InlineData("#/numbers?story=javascript:alert(36)")]
    public async Task Hostile_text_in_the_analyst_views_stays_text(string route)
    {
        var (page, dialogs, _) = await OpenAsync(route);
        await page.WaitForSelectorAsync("#view > *:not(.loading)");
        await page.WaitForTimeoutAsync(300);

        Assert.Equal(0, await page.Locator(InjectedElements).CountAsync());
        Assert.Empty(dialogs);
    }

    private async Task<(IPage Page, List<string> Dialogs, List<string> ConsoleErrors)> OpenAsync(string route)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
            Locale = "ar",
        });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        var errors = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(fixture.BaseUrl + "/" + route);
        return (page, dialogs, errors);
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
}

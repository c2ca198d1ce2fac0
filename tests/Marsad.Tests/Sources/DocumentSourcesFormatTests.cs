using Marsad.Sources;

namespace Marsad.Tests.Sources;

public sealed class DocumentSourcesFormatTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Plain_text_is_read_with_the_file_name_as_id()
    {
        var path = temp.File("خبر-اليوم.txt", "القاهرة - وكالات\nقال الوزير إن الاجتماع ناجح.\n");
        var result = Assert.Single(DocumentSources.Read([path]));
        Assert.False(result.IsError, result.Error);
        Assert.Equal(DocumentFormat.PlainText, result.Document!.Format);
        Assert.Equal("خبر-اليوم", result.Document.Id);
        Assert.Contains("قال الوزير", result.Document.Text);
    }

    [Fact]
    public void Trec_file_with_two_docs_gives_two_documents_with_all_fields()
    {
        const string trec = """
            <DOC>
            <DOCNO>XX-world-1-20190301</DOCNO>
            <URL>http://example.org/a</URL>
            <SRC>ExampleNews</SRC>
            <CAT>world</CAT>
            <TITLE>عنوان الخبر الأول</TITLE>
            <TIME>Fri, 01 Mar 2019 10:15:00 +0300</TIME>
            <AUTHOR>الرباط - سعيد</AUTHOR>
            <ABSTRACT>
            ملخص قصير
            </ABSTRACT>
            <TEXT>
            السطر الأول من النص.
            السطر الثاني &amp; الأخير.
            </TEXT>
            </DOC>
            <DOC>
            <DOCNO>XX-world-2-20190302</DOCNO>
            <TITLE>الخبر الثاني</TITLE>
            <TIME>Sat, 02 Mar 2019 08:00:00 GMT</TIME>
            <TEXT>
            نص الخبر الثاني.
            </TEXT>
            </DOC>
            """;
        var results = DocumentSources.Read([temp.File("pair.txt", trec)]).ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.False(r.IsError, r.Error));
        var first = results[0].Document!;
        Assert.Equal(DocumentFormat.TrecDoc, first.Format);
        Assert.Equal("XX-world-1-20190301", first.Id);
        Assert.Equal("http://example.org/a", first.Url);
        Assert.Equal("ExampleNews", first.Outlet);
        Assert.Equal("عنوان الخبر الأول", first.Title);
        Assert.Equal("الرباط - سعيد", first.Author);
        Assert.Equal(new DateTimeOffset(2019, 3, 1, 10, 15, 0, TimeSpan.FromHours(3)), first.Published);
        Assert.Equal("world", first.Metadata["CAT"]);
        Assert.Equal("ملخص قصير", first.Metadata["ABSTRACT"]);
        Assert.Equal("السطر الأول من النص.\nالسطر الثاني & الأخير.", first.Text);
        Assert.Equal("XX-world-2-20190302", results[1].Document!.Id);
        Assert.Equal(TimeSpan.Zero, results[1].Document!.Published!.Value.Offset);
    }

    [Fact]
    public void Trec_fields_are_read_in_place_whatever_the_tag_case_and_the_first_of_a_repeated_tag_wins()
    {
        // Tags in any case (the closing tag matching the opening one), indented and blank lines dropped, an entity
        // decoded, a repeated field kept from its first occurrence, and nothing of the neighbouring tags leaking in.
        const string trec = """
            <doc>
            <docno>YY-local-7-20200105</docno>
            <Title>  عنوان   بمسافات  </Title>
            <title>عنوان ثان لا يؤخذ</title>
            <Src>مصدر &quot;محلي&quot;</Src>
            <text>

                الفقرة الأولى.

              الفقرة الثانية.
            </TEXT>
            </doc>
            """;
        var document = Assert.Single(DocumentSources.Read([temp.File("cases.txt", trec)])).Document!;
        Assert.Equal("YY-local-7-20200105", document.Id);
        Assert.Equal("عنوان   بمسافات", document.Title);
        Assert.Equal("مصدر \"محلي\"", document.Outlet);
        Assert.Equal("الفقرة الأولى.\nالفقرة الثانية.", document.Text);
    }

    [Fact]
    public void Html_page_gives_main_text_title_date_and_outlet_without_scripts()
    {
        const string html = """
            <!DOCTYPE html>
            <html lang="ar"><head>
            <title>عنوان الصفحة | موقع</title>
            <meta property="og:site_name" content="شبكة الأخبار">
            <meta property="og:title" content="الحكومة تقر الموازنة الجديدة">
            <meta property="article:published_time" content="2024-03-12T09:30:00+02:00">
            <link rel="canonical" href="https://news.example/a/1">
            <style>.x{color:red}</style>
            <script>var tracking = "لا يظهر";</script>
            </head><body>
            <nav><a href="/">الرئيسية</a> <a href="/s">رياضة</a></nav>
            <article>
            <h1>الحكومة تقر الموازنة الجديدة</h1>
            <p>أقرت الحكومة أمس الموازنة.<br>وقال الوزير إنها متوازنة.</p>
            <script>document.write("سكربت داخل المقال")</script>
            <p>وأضاف أن العجز <b>تراجع</b> إلى 3 في المئة.</p>
            </article>
            <footer>جميع الحقوق محفوظة</footer>
            </body></html>
            """;
        var result = Assert.Single(DocumentSources.Read([temp.File("page.html", html)]));
        Assert.False(result.IsError, result.Error);
        var doc = result.Document!;
        Assert.Equal(DocumentFormat.Html, doc.Format);
        Assert.Equal("الحكومة تقر الموازنة الجديدة", doc.Title);
        Assert.Equal("شبكة الأخبار", doc.Outlet);
        Assert.Equal("https://news.example/a/1", doc.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 9, 30, 0, TimeSpan.FromHours(2)), doc.Published);
        var lines = doc.Text.Split('\n');
        Assert.Contains("أقرت الحكومة أمس الموازنة.", lines);
        Assert.Contains("وقال الوزير إنها متوازنة.", lines);
        Assert.Contains("وأضاف أن العجز تراجع إلى 3 في المئة.", lines);
        Assert.DoesNotContain("سكربت", doc.Text);
        Assert.DoesNotContain("tracking", doc.Text);
        Assert.DoesNotContain("color", doc.Text);
        Assert.DoesNotContain("الرئيسية", doc.Text);
        Assert.DoesNotContain("الحقوق", doc.Text);
    }

    [Fact]
    public void Html_page_takes_the_date_from_json_ld_when_meta_tags_lack_it()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-05T12:00:00Z","publisher":{"name":"وكالة المثال"}}</script></head>
            <body><main><p>نص الخبر هنا.</p></main></body></html>
            """;
        var doc = Assert.Single(DocumentSources.Read([temp.File("ld.htm", html)])).Document!;
        Assert.Equal(new DateOnly(2023, 11, 5), DateOnly.FromDateTime(doc.Published!.Value.UtcDateTime));
        Assert.Equal("وكالة المثال", doc.Outlet);
        Assert.Equal("نص الخبر هنا.", doc.Text);
    }

    [Fact]
    public void Json_lines_give_one_document_per_line_and_a_bad_line_is_an_error_naming_its_line()
    {
        const string jsonl = """
            {"id":"a-1","title":"الخبر الأول","text":"نص أول.\nسطر ثان.","published":"2024-03-12","url":"https://x.example/1","source":"المثال","section":"محليات"}
            {"id":"a-2", "title": broken
            {"id":"a-3","title":"الخبر الثالث","text":"نص ثالث."}
            """;
        var path = temp.File("feed.jsonl", jsonl);
        var results = DocumentSources.Read([path]).ToList();
        Assert.Equal(3, results.Count);
        var first = results[0].Document!;
        Assert.Equal(DocumentFormat.JsonLines, first.Format);
        Assert.Equal("a-1", first.Id);
        Assert.Equal("المثال", first.Outlet);
        Assert.Equal("نص أول.\nسطر ثان.", first.Text);
        Assert.Equal("محليات", first.Metadata["section"]);
        Assert.Equal(new DateOnly(2024, 3, 12), DateOnly.FromDateTime(first.Published!.Value.DateTime));
        Assert.True(results[1].IsError);
        Assert.Contains("line 2", results[1].Error);
        Assert.Contains("feed.jsonl:2", results[1].Path);
        Assert.Equal("a-3", results[2].Document!.Id);
    }

    [Fact]
    public void Folders_are_read_recursively_in_a_stable_order_skipping_readmes_and_hidden_files()
    {
        temp.File("b/2.txt", "نص ب اثنان");
        temp.File("a/1.txt", "نص أ واحد");
        temp.File("b/1.txt", "نص ب واحد");
        temp.File("README.md", "# documentation");
        temp.File(".hidden.txt", "مخفي");
        var ids = DocumentSources.Read([temp.Path]).Select(r => r.Path).ToList();
        Assert.Equal(["a/1.txt", "b/1.txt", "b/2.txt"], ids.Select(p => Path.GetRelativePath(temp.Path, p).Replace('\\', '/')));
    }

    [Fact]
    public void A_missing_path_is_an_error_and_the_next_path_is_still_read()
    {
        var good = temp.File("ok.txt", "نص سليم");
        var results = DocumentSources.Read([Path.Combine(temp.Path, "nothing-here.txt"), good]).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal("no such file or folder", results[0].Error);
        Assert.False(results[1].IsError);
    }
}

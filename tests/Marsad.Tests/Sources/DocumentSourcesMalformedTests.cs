using Marsad.Sources;

namespace Marsad.Tests.Sources;

public sealed class DocumentSourcesMalformedTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_doc_without_closing_text_tag_is_an_error_and_the_next_doc_is_still_read()
    {
        const string trec = """
            <DOC>
            <DOCNO>bad-1</DOCNO>
            <TEXT>
            نص لا ينتهي وسمه
            </DOC>
            <DOC>
            <DOCNO>good-2</DOCNO>
            <TEXT>
            نص سليم.
            </TEXT>
            </DOC>
            """;
        var results = DocumentSources.Read([temp.File("mixed.trec", trec)]).ToList();
        Assert.Equal(2, results.Count);
        Assert.True(results[0].IsError);
        Assert.Contains("malformed <DOC>", results[0].Error);
        Assert.Contains("missing </TEXT>", results[0].Error);
        Assert.Equal("good-2", results[1].Document!.Id);
    }

    [Fact]
    public void A_doc_cut_off_before_its_end_is_an_error()
    {
        var result = Assert.Single(DocumentSources.Read([temp.File("cut.trec", "<DOC>\n<DOCNO>x</DOCNO>\n<TEXT>\nنص\n</TEXT>\n")]));
        Assert.True(result.IsError);
        Assert.Contains("missing </DOC>", result.Error);
    }

    [Fact]
    public void Odd_html_never_throws()
    {
        string[] pages =
        [
            "<html><body></body></html>",
            "<html><head><script>only script</script></head></html>",
            "<html><body><p>نص<p><div>غير مغلق",
        ];
        foreach (var (page, i) in pages.Select((p, i) => (p, i)))
        {
            var result = Assert.Single(DocumentSources.Read([temp.File($"odd{i}.html", page)]));
            if (result.IsError)
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Error));
            }
            else
            {
                Assert.DoesNotContain("only script", result.Document!.Text);
            }
        }
    }

    [Fact]
    public void A_corrupt_archive_is_an_error_naming_it()
    {
        byte[] bytes = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        var path = temp.Bytes("broken.tar.gz", bytes);
        var results = DocumentSources.Read([path]).ToList();
        var error = Assert.Single(results);
        Assert.Equal(path, error.Path);
        Assert.StartsWith("unreadable archive", error.Error);
    }
}

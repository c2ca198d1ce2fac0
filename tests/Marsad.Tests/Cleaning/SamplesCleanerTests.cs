using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Sources;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>The README demo files in <c>samples/</c>: every format read, chrome removed, metadata found.</summary>
public sealed class SamplesCleanerTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static List<Marsad.Model.AnalyzedArticle> CleanSamples()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot, "samples");
        var results = DocumentSources.Read([folder]).ToList();
        Assert.All(results, r => Assert.False(r.IsError, $"{r.Path}: {r.Error}"));
        return results.Select(r => Cleaner.Clean(r.Document!, AnalysisOptions.Default)).ToList();
    }

    [Fact]
    public void Samples_cover_every_format_and_each_article_has_a_headline_date_and_dateline()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot, "samples");
        var formats = DocumentSources.Read([folder]).Select(r => r.Document!.Format).Distinct().Order().ToList();
        Assert.Equal(Enum.GetValues<DocumentFormat>().Order().ToList(), formats);
        var articles = CleanSamples();
        Assert.Equal(5, articles.Count);
        Assert.All(articles, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Headline), a.Id);
            Assert.NotNull(a.Published);
            Assert.False(string.IsNullOrWhiteSpace(a.Dateline), a.Id);
        });
    }

    [Fact]
    public void Html_sample_keeps_paragraphs_and_drops_chrome_scripts_and_the_caption()
    {
        var article = CleanSamples().Single(a => a.Source.Path.EndsWith(".html", StringComparison.Ordinal));
        Assert.Equal("بيروت", article.Dateline);
        Assert.Equal(new DateOnly(2024, 3, 17), article.Published);
        Assert.Equal(["شبكة المشرق"], article.Agencies.ToArray());
        Assert.Contains(article.Boilerplate, l => l.Contains("(أرشيفية)", StringComparison.Ordinal));
        Assert.DoesNotContain("analytics", article.Body);
        Assert.DoesNotContain("إعلان", article.Body);
        Assert.DoesNotContain("الأكثر قراءة", article.Body);
        Assert.DoesNotContain("الحقوق", article.Body);
        Assert.Equal(5, article.Body.Split('\n').Length);
    }

    [Fact]
    public void Plain_text_sample_loses_every_widget_and_share_line_but_no_paragraph()
    {
        var article = CleanSamples().Single(a => a.Source.Path.EndsWith(".txt", StringComparison.Ordinal) && a.Id.StartsWith("01", StringComparison.Ordinal));
        var body = article.Body.Split('\n');
        Assert.DoesNotContain(body, l => l is "+A" or "-A" or "شارك" or "فيسبوك" or "أرسل تعليقك");
        Assert.Equal(6, body.Length);
        Assert.Contains("توقعات النمو", article.Boilerplate);
    }
}

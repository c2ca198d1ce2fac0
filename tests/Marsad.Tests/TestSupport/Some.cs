using Marsad.Sources;

namespace Marsad.Tests.TestSupport;

/// <summary>Test data factory: small documents written for the tests (never text from the seeds or corpora).</summary>
public static class Some
{
    public static RawDocument Document(string text, string id = "doc", DocumentFormat format = DocumentFormat.PlainText, string? title = null, DateTimeOffset? published = null) =>
        new() { Id = id, Path = id + ".txt", Format = format, Text = text, Title = title, Published = published };
}

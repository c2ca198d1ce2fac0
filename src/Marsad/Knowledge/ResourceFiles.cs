using System.Reflection;

namespace Marsad.Knowledge;

/// <summary>
/// Knowledge files (gazetteers, knowledge base, lexicons, boilerplate patterns): the ones that ship inside the
/// assembly under <c>Resources/</c>, followed by files of the same relative path in a user folder
/// (<c>MARSAD_KNOWLEDGE</c> or the folder given), so users extend the data without rebuilding.
/// </summary>
public sealed class ResourceFiles
{
    private const string Prefix = "Marsad.Resources.";
    private static readonly Assembly Assembly = typeof(ResourceFiles).Assembly;
    private static readonly Lazy<ResourceFiles> DefaultInstance =
        new(() => new ResourceFiles(Environment.GetEnvironmentVariable("MARSAD_KNOWLEDGE")));

    public ResourceFiles(string? userFolder = null)
    {
        UserFolder = string.IsNullOrWhiteSpace(userFolder) ? null : Path.GetFullPath(userFolder);
    }

    /// <summary>The shipped files plus the folder named by the <c>MARSAD_KNOWLEDGE</c> environment variable.</summary>
    public static ResourceFiles Default => DefaultInstance.Value;

    public string? UserFolder { get; }

    /// <summary>Opens the shipped file at a relative path such as <c>kb/entities.tsv</c>; null when there is none.</summary>
    public static Stream? OpenShipped(string relativePath) =>
        Assembly.GetManifestResourceStream(Prefix + relativePath.Replace('\\', '/').Replace('/', '.'))
        ?? Assembly.GetManifestResourceStream(Prefix + relativePath.Replace('\\', '/'));

    /// <summary>Whether a shipped or user file exists at this path.</summary>
    public bool Exists(string relativePath)
    {
        using var shipped = OpenShipped(relativePath);
        return shipped is not null || (UserFolder is not null && File.Exists(Path.Combine(UserFolder, relativePath)));
    }

    /// <summary>
    /// The data lines of the shipped file, then of the user's file of the same path: blank lines and lines starting
    /// with '#' are skipped. With <paramref name="hasHeader"/>, each file's first data line is skipped.
    /// </summary>
    public IEnumerable<string> ReadLines(string relativePath, bool hasHeader = false)
    {
        using (var shipped = OpenShipped(relativePath))
        {
            if (shipped is not null)
            {
                foreach (var line in DataLines(new StreamReader(shipped), hasHeader))
                {
                    yield return line;
                }
            }
        }

        if (UserFolder is not null)
        {
            var user = Path.Combine(UserFolder, relativePath);
            if (File.Exists(user))
            {
                using var reader = new StreamReader(user);
                foreach (var line in DataLines(reader, hasHeader))
                {
                    yield return line;
                }
            }
        }
    }

    /// <summary>Tab-separated rows of <see cref="ReadLines"/>.</summary>
    public IEnumerable<string[]> ReadTsv(string relativePath, bool hasHeader = true) =>
        ReadLines(relativePath, hasHeader).Select(l => l.Split('\t'));

    private static IEnumerable<string> DataLines(TextReader reader, bool hasHeader)
    {
        var headerPending = hasHeader;
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (headerPending)
            {
                headerPending = false;
                continue;
            }

            yield return trimmed;
        }
    }
}

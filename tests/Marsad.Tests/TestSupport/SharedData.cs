namespace Marsad.Tests.TestSupport;

/// <summary>Locates <c>../shared</c> (seeds, ANERcorp, the ANT corpus) beside the repository. Tests that need it
/// call <see cref="Require"/>, which skips them with a clear message where it is absent.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    public static string? Folder => Root.Value;

    public static string SeedsFolder => Path.Combine(Require("seeds"), string.Empty);

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The full path of <c>shared/relativePath</c>; skips the test when it is not there.</summary>
    public static string Require(string relativePath)
    {
        var folder = Folder;
        Skip.If(folder is null, "../shared is not beside the repository (set MARSAD_SHARED to its path); test skipped.");
        var path = Path.Combine(folder!, relativePath);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"{path} is absent; test skipped.");
        return path;
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("MARSAD_SHARED") is { Length: > 0 } env && Directory.Exists(env))
        {
            return Path.GetFullPath(env);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seeds")))
            {
                return candidate;
            }
        }

        return null;
    }
}

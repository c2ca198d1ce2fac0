namespace Marsad.Sources;

/// <summary>Files inside folders and archives that are not articles: hidden files, OS droppings and the
/// collection's own documentation (README, LICENSE, *.md). A file named explicitly is always read.</summary>
internal static class FolderFilter
{
    /// <summary>An archive entry's name as a path below the archive: without leading "/" or "./" segments.</summary>
    public static string EntryPath(string name)
    {
        var path = name.Replace('\\', '/');
        while (path.StartsWith('/') || path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[(path[0] == '/' ? 1 : 2)..];
        }

        return path;
    }

    /// <summary>True for an archive entry whose path holds a ".." segment ("../x", "a/../../x", even "a/../b" that stays
    /// inside): never read, and reported, so that the user learns an entry was left out and why.</summary>
    public static bool ClimbsOut(string name) =>
        name.Replace('\\', '/').Split('/').Any(p => p == "..");

    public static bool IsSkipped(string relativePath)
    {
        // "." is the current folder (tar czf x.tar.gz ./news writes ./news/one.txt), not a hidden name.
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToArray();
        if (parts.Length == 0 || parts.Any(p => p.StartsWith('.') || p == "__MACOSX"))
        {
            return true;
        }

        var name = parts[^1];
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("README", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase);
    }
}

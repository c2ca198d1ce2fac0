namespace Marsad.Sources;

/// <summary>Files inside folders and archives that are not articles: hidden files, OS droppings and the
/// collection's own documentation (README, LICENSE, *.md). A file named explicitly is always read.</summary>
internal static class FolderFilter
{
    public static bool IsSkipped(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
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

using System.Text;

namespace Marsad.Sources;

/// <summary>Stable, file-system-safe article ids.</summary>
internal static class DocumentIds
{
    /// <summary>The file name without its extensions, keeping letters (Arabic too), digits, '-', '_' and '.'.</summary>
    public static string FromPath(string path)
    {
        var name = path;
        var bang = name.LastIndexOf("!/", StringComparison.Ordinal);
        if (bang >= 0)
        {
            name = name[(bang + 2)..];
        }

        name = name.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var dot = name.IndexOf('.', 1);
        if (dot > 0)
        {
            name = name[..dot];
        }

        return Sanitise(name);
    }

    public static string Sanitise(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw.Trim())
        {
            sb.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        var id = sb.ToString().Trim('_', '.');
        return id.Length == 0 ? "doc" : id;
    }
}

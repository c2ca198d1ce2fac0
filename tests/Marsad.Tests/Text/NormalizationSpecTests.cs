using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Tests.TestSupport;
using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed partial class NormalizationSpecTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(SharedData.RepositoryRoot, "tests", "Marsad.Tests", "Text", "Specs", "normalization.txt");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var mode = line.StartsWith("aggressive: ", StringComparison.Ordinal) ? "aggressive" : "standard";
            var body = mode == "aggressive" ? line["aggressive: ".Length..] : line;
            var parts = body.Split(" → ");
            if (parts.Length != 2)
            {
                throw new FormatException($"{path}: expected 'input → expected' in line «{line}»");
            }

            data.Add(mode, Unescape(parts[0]), Unescape(parts[1]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Normalising_the_input_gives_the_expected_text(string mode, string input, string expected)
    {
        var m = mode == "aggressive" ? NormalizationMode.Aggressive : NormalizationMode.Standard;
        Assert.Equal(expected, ArabicNormalizer.Normalize(input, m));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Normalising_is_idempotent(string mode, string input, string expected)
    {
        _ = expected;
        var m = mode == "aggressive" ? NormalizationMode.Aggressive : NormalizationMode.Standard;
        var once = ArabicNormalizer.Normalize(input, m);
        Assert.Equal(once, ArabicNormalizer.Normalize(once, m));
    }

    private static string Unescape(string s) =>
        EscapePattern().Replace(s.Replace("␠", " ").Replace("\\n", "\n"), m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex EscapePattern();
}

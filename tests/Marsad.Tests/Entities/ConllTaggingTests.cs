using Marsad.Entities;

namespace Marsad.Tests.Entities;

public class ConllTaggingTests
{
    [Fact]
    public void Every_input_line_gives_exactly_one_output_line_whatever_the_token()
    {
        var longToken = new string('ب', 5000);
        var lines = new[]
        {
            string.Empty, string.Empty, "قال O", "سامي\tB-PERS\textra", "   ", "Obama", "2024", "...", "،", longToken, "x", string.Empty,
            "«", "\u200f", "🙂", "a-b_c", string.Empty,
        };
        var output = Tag(string.Join('\n', lines) + "\n");
        Assert.Equal(lines.Length, output.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                Assert.Equal(string.Empty, output[i]);
                continue;
            }

            var parts = output[i].Split('\t');
            Assert.Equal(2, parts.Length);
            Assert.Equal(ConllReader.Split(lines[i]).Token, parts[0]);
            Assert.Contains(parts[1], new[] { "O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC" });
        }
    }

    [Fact]
    public void A_file_without_blank_lines_is_tagged_in_pieces_and_keeps_every_token()
    {
        var tokens = Enumerable.Range(0, (ConllTagging.MaxSentence * 2) + 17).Select(i => i % 5 == 0 ? "في" : "كلمة" + i).ToArray();
        var output = Tag(string.Join('\n', tokens));
        Assert.Equal(tokens, output.Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public void Tags_never_start_an_entity_with_I()
    {
        var output = Tag("إلى\nنادر\nالعلي\nو\nحلب\n\nالعلي\n");
        var previous = "O";
        foreach (var line in output)
        {
            if (line.Length == 0)
            {
                previous = "O";
                continue;
            }

            var tag = line.Split('\t')[1];
            if (tag.StartsWith("I-", StringComparison.Ordinal))
            {
                Assert.EndsWith(tag[2..], previous, StringComparison.Ordinal);
            }

            previous = tag;
        }
    }

    private static string[] Tag(string input)
    {
        using var writer = new StringWriter();
        ConllTagging.Tag(new StringReader(input), writer, TinyNerData.Tagger);
        var text = writer.ToString();
        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1].Select(l => l.TrimEnd('\r')).ToArray() : lines;
    }
}

using System.Text.Json;

namespace Marsad.Tests.Facts;

/// <summary>One example of a spec file: a title, the Arabic input, an optional publication date and the expected
/// JSON array.</summary>
public sealed record SpecExample(string Title, string Input, DateOnly? Published, JsonElement Expected)
{
    public override string ToString() => Title;
}

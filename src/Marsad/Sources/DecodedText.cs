namespace Marsad.Sources;

/// <summary>The outcome of decoding a file's bytes: its text and the encoding found, or the reason it is not text.</summary>
internal readonly record struct DecodedText(string? Text, string? EncodingName, string? Error);

namespace Marsad.Sources;

/// <summary>The formats a source reader recognises by content.</summary>
public enum DocumentFormat
{
    PlainText,
    TrecDoc,
    Html,
    JsonLines,
}

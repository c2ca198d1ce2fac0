namespace Marsad.Model;

/// <summary>How a quotation is reported.</summary>
public enum QuoteKind
{
    /// <summary>The words in quote marks.</summary>
    Direct,

    /// <summary>Reported speech (قال إن ...).</summary>
    Indirect,

    /// <summary>Reported speech with a quoted fragment inside.</summary>
    Mixed,
}

using Marsad.Text;

namespace Marsad.Corpus;

/// <summary>
/// The form names are compared in: Arabic letters normalised (alef forms, yeh, teh marbuta, diacritics, tatweel),
/// lower case, one space between words. Used to find entities and speakers by name or alias.
/// </summary>
public static class NameKey
{
    public static string Normalize(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "" : WhitespaceFolding.Collapse(ArabicNormalizer.Normalize(name), "-_");
}

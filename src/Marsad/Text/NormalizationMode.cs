namespace Marsad.Text;

/// <summary>How far <see cref="ArabicNormalizer"/> folds letters.</summary>
public enum NormalizationMode : byte
{
    /// <summary>Hamza-on-alef forms, alef maqsura, ta marbuta, tatweel, diacritics, digits, spaces, case.</summary>
    Standard,

    /// <summary>Standard, and also hamza on waw/yeh (ؤ → و, ئ → ي): for loose matching of spelling variants.</summary>
    Aggressive,
}

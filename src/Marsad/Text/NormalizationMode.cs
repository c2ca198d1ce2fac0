namespace Marsad.Text;

/// <summary>How far <see cref="ArabicNormalizer"/> folds letters.</summary>
public enum NormalizationMode : byte
{
    /// <summary>Hamza-on-alef forms, alef maqsura, ta marbuta, tatweel, diacritics, digits, spaces, case.</summary>
    Standard,

    /// <summary>Standard, and also hamza on waw/yeh (ؤ → و, ئ → ي): for loose matching of spelling variants.</summary>
    Aggressive,

    /// <summary>Standard, but ة stays apart from ه: for morphology (clitic lexicons), where ة is a feminine ending
    /// and ه may be a pronoun.</summary>
    Light,
}

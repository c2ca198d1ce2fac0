using System.Runtime.CompilerServices;

namespace Marsad.Text;

/// <summary>Character classes of Arabic script shared by the normaliser, tokeniser, splitter and clitic analyser.</summary>
public static class ArabicChars
{
    public const char Tatweel = '\u0640';
    public const char ArabicComma = '\u060C';
    public const char ArabicSemicolon = '\u061B';
    public const char ArabicQuestionMark = '\u061F';

    /// <summary>A letter of the Arabic script (base letters, extended letters, presentation forms); not marks or digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A') or (>= '\u066E' and <= '\u066F')
            or (>= '\u0671' and <= '\u06D3') or '\u06D5' or (>= '\u06EE' and <= '\u06EF') or (>= '\u06FA' and <= '\u06FC')
            or '\u06FF' or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08C9')
            or (>= '\uFB50' and <= '\uFDFB') or (>= '\uFE70' and <= '\uFEFC');

    /// <summary>Harakat, tanween, shadda, sukun, superscript alef and Quranic annotation marks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDiacritic(char c) =>
        c is (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06DC') or (>= '\u06DF' and <= '\u06E4')
            or (>= '\u06E7' and <= '\u06E8') or (>= '\u06EA' and <= '\u06ED') or (>= '\u08CA' and <= '\u08FF')
            or (>= '\u0610' and <= '\u061A');

    /// <summary>A letter that may be a one-letter proclitic glued to the next word: the conjunctions و ف and the
    /// prepositions ب ل ك.</summary>
    public static bool IsProcliticLetter(char c) => c is 'و' or 'ف' || IsPrepositionLetter(c);

    /// <summary>A letter no Arabic word begins with (ؤ ئ ة ى): a proclitic reading that leaves one in front is wrong
    /// (فؤاد is not ف + ؤاد).</summary>
    public static bool CannotBeginWord(char c) => c is 'ؤ' or 'ئ' or 'ة' or 'ى';

    /// <summary>A one-letter preposition glued to the next word: ب ل ك.</summary>
    public static bool IsPrepositionLetter(char c) => c is 'ب' or 'ل' or 'ك';

    /// <summary>A letter, a diacritic or tatweel: anything that may sit inside an Arabic word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArabicWordChar(char c) => IsArabicLetter(c) || IsDiacritic(c) || c == Tatweel;

    /// <summary>Arabic-Indic (٠-٩) or extended/Persian (۰-۹) digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsEasternDigit(char c) => c is (>= '\u0660' and <= '\u0669') or (>= '\u06F0' and <= '\u06F9');

    /// <summary>An ASCII, Arabic-Indic or Persian digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => char.IsAsciiDigit(c) || IsEasternDigit(c);

    /// <summary>The value 0-9 of a digit of any of the three digit sets; -1 otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    /// <summary>Invisible formatting characters: zero-width space/joiners, bidi marks and embeddings, BOM.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInvisible(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064')
            or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u061C' or '\u00AD' or '\u180E';

    /// <summary>Whitespace of any kind, including NBSP and the typographic spaces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' || (c > '\u007F' && char.IsWhiteSpace(c));

    /// <summary>Whitespace or an invisible formatting character: what is trimmed from the ends of spans.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(char c) => IsSpace(c) || IsInvisible(c);
}

namespace Marsad.Facts;

/// <summary>The role of a number word when words are combined into a value (خمسة وعشرين، ثلاثة ملايين).</summary>
internal enum NumberWordKind
{
    Unit,
    Ten,
    Tens,
    Hundred,
    Scale,
    ScalePlural,
    Fraction,
}

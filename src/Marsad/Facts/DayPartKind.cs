namespace Marsad.Facts;

/// <summary>What a part of the day before a relative day or a weekday does to the date (day-parts.txt).</summary>
internal enum DayPartKind
{
    /// <summary>Only names a time of the day (فجر اليوم، مساء الثلاثاء): the value is the day.</summary>
    Part,

    /// <summary>A night (ليل الأحد - الإثنين): with a second weekday after it, the interval of the two days.</summary>
    Night,

    /// <summary>Midnight (منتصف ليل الأحد): the night from the weekday into the next day, an interval of both.</summary>
    Midnight,
}

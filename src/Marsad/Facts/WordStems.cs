namespace Marsad.Facts;

/// <summary>The readings of one word for <see cref="FactContext.Stems"/>: the word itself, then the word without its
/// proclitics. Most words have none and are held inline, so asking for their stems allocates nothing.</summary>
internal readonly struct WordStems
{
    private readonly (string Stem, int Start)[]? readings;
    private readonly string whole;
    private readonly int wholeStart;

    public WordStems(string whole, int start)
    {
        this.whole = whole;
        wholeStart = start;
    }

    public WordStems((string Stem, int Start)[] readings)
    {
        this.readings = readings;
        whole = readings[0].Stem;
        wholeStart = readings[0].Start;
    }

    public int Length => readings?.Length ?? 1;

    public (string Stem, int Start) this[int k] =>
        readings is not null ? readings[k] : k == 0 ? (whole, wholeStart) : throw new ArgumentOutOfRangeException(nameof(k));

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Walks the readings, the whole word first.</summary>
    public struct Enumerator(WordStems stems)
    {
        private int index = -1;

        public readonly (string Stem, int Start) Current =>
            stems.readings is { } readings ? readings[index] : (stems.whole, stems.wholeStart);

        public bool MoveNext() => ++index < stems.Length;
    }
}

namespace Marsad.Quotes;

/// <summary>
/// Text between quote marks in one paragraph. <see cref="OpenMark"/> is the opening mark's offset;
/// <see cref="CloseMark"/> is the closing mark's offset, or -1 when the mark never closes (the span then runs to
/// the end of the paragraph, without a final full stop). Inner offsets exclude the marks.
/// </summary>
internal sealed record QuotedSpan(int OpenMark, int InnerStart, int InnerEnd, int CloseMark, int Depth)
{
    public bool Closed => CloseMark >= 0;

    /// <summary>Where the span ends, marks included.</summary>
    public int OuterEnd => Closed ? CloseMark + 1 : InnerEnd;
}

using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

public sealed class GoldScorerValueTests
{
    [Theory]
    [InlineData(1.0 / 3, 0.3333, true)]
    [InlineData(1.0 / 3, 0.333, true)]
    [InlineData(2.0 / 3, 0.6667, true)]
    [InlineData(0.25, 0.25, true)]
    [InlineData(1200000, 1200000, true)]
    [InlineData(0.3, 0.3333, false)]
    [InlineData(0.2, 0.25, false)]
    [InlineData(2.5, 2, false)]
    [InlineData(1200000.4, 1200000, false)]
    [InlineData(0.251, 0.25, false)]
    public void A_value_agrees_with_the_gold_at_the_precision_the_gold_writes_a_repeating_fraction(double predicted, double gold, bool agrees) =>
        Assert.Equal(agrees, GoldScorer.ValueAgrees(predicted, gold));
}

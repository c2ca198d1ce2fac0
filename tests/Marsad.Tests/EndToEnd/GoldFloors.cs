using Marsad.Evaluation;

namespace Marsad.Tests.EndToEnd;

/// <summary>Floors for gold-set figures, with a message that names the field and what was measured.</summary>
internal static class GoldFloors
{
    public static void AtLeast(string field, MatchCounts counts, double precision, double recall)
    {
        Assert.True(counts.Precision >= precision, $"{field} precision: {counts}");
        Assert.True(counts.Recall >= recall, $"{field} recall: {counts}");
    }

    /// <summary>Entity recall is gold entities grouped right; precision is predicted entities that correspond to a
    /// gold one (<see cref="SeedScore.EntitiesCorresponding"/>).</summary>
    public static void EntitiesAtLeast(SeedScore total, double precision, double recall)
    {
        var predicted = total.Entities.Predicted;
        var measured = predicted == 0 ? 0 : (double)total.EntitiesCorresponding / predicted;
        Assert.True(measured >= precision, $"entity precision {measured:F2} ({total.EntitiesCorresponding}/{predicted})");
        Assert.True(total.Entities.Recall >= recall, $"entity recall: {total.Entities}");
    }
}

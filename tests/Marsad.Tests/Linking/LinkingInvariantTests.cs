using Marsad.Model;
using static Marsad.Tests.Linking.TestKnowledge;

namespace Marsad.Tests.Linking;

public class LinkingInvariantTests
{
    private static readonly string Alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةى وبلك#_\"«»()،.\n0123456789abcـًٌُ";

    [Fact]
    public void EveryMentionPointsAtItsTextAndNothingCrashesOnRandomInput()
    {
        var random = new Random(20260526);
        var words = new[] { "وزير الخارجية الأمريكي", "جون كيري", "كيري", "داعش", "التنظيم", "وبروكسل", "#تيريزا_ماي", "تنظيم (داعش", "الوزير الأمريكي", "للولايات المتحدة" };
        for (var round = 0; round < 300; round++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 30)).Select(_ => random.Next(3) == 0
                ? words[random.Next(words.Length)]
                : new string([.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]));
            var body = string.Join(' ', parts);
            var mentions = Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
            {
                var s = random.Next(body.Length);
                var e = Math.Min(body.Length, s + random.Next(1, 12));
                return new EntityMention(body[s..e], s, e) { Type = (EntityType)random.Next(4) };
            }).ToArray();
            var date = random.Next(2) == 0 ? (DateOnly?)null : new DateOnly(2010 + random.Next(16), 1 + random.Next(12), 1);
            var article = Link(body, date, mentions);
            foreach (var entity in article.Entities)
            {
                Assert.NotEmpty(entity.Mentions);
                Assert.False(string.IsNullOrWhiteSpace(entity.Name));
                foreach (var m in entity.Mentions)
                {
                    Assert.Equal(body[m.Start..m.End], m.Text);
                }
            }
        }
    }

    [Fact]
    public void AnEmptyBodyGivesNoEntities() => Assert.Empty(Link(string.Empty).Entities);
}

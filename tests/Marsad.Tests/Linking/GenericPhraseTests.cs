using Marsad.Knowledge;
using Marsad.Linking;

namespace Marsad.Tests.Linking;

/// <summary><see cref="LinkingLexicon.IsGeneric(string, bool)"/> with the shipped lists: a generic head of one or two
/// words followed only by nationality adjectives names a group, not an entity.</summary>
public class GenericPhraseTests
{
    private static readonly LinkingLexicon Lexicon = LinkingLexicon.For(ResourceFiles.Default);

    [Theory]
    [InlineData("القوات الأمريكية")]
    [InlineData("قوات الأمن المصرية")]
    [InlineData("الحكومة المصرية السعودية")]
    [InlineData("قوات الأمن المصرية الأمريكية")]
    public void AGenericHeadWithOnlyNationalitiesAfterItIsGeneric(string phrase) =>
        Assert.True(Lexicon.IsGeneric(phrase));

    [Theory]
    [InlineData("القوات الأمريكية الخاصة")]
    [InlineData("الحكومة المصرية الجديدة")]
    [InlineData("قوات الأمن الوطني")]
    [InlineData("جامعة القاهرة المصرية")]
    [InlineData("الأمريكية القوات")]
    public void AnyOtherWordAfterTheHeadOrAnotherHeadMakesItNoGroup(string phrase) =>
        Assert.False(Lexicon.IsGeneric(phrase));
}

using Marsad.Linking;
using Marsad.Model;

namespace Marsad.Tests.Linking;

public class KnowledgeBaseTests
{
    private static KnowledgeBase Kb => TestKnowledge.KnowledgeBase;

    [Theory]
    [InlineData("أميركا")]
    [InlineData("أمريكا")]
    [InlineData("امريكا")]
    [InlineData("واشنطن")]
    [InlineData("لأمريكا")]
    [InlineData("الولايات المتحدة")]
    [InlineData("للولايات المتحدة")]
    public void LookupFindsAnEntityByAnyNameSpellingOrProclitic(string name)
    {
        var found = Kb.Lookup(name);
        Assert.Equal("t:us", Assert.Single(found).Id);
    }

    [Fact]
    public void LookupReadsHashtagsAsNames() =>
        Assert.Equal("t:may", Assert.Single(Kb.Lookup("#تيريزا_ماي")).Id);

    [Fact]
    public void LookupOfAnUnknownNameIsEmpty() => Assert.Empty(Kb.Lookup("مدينة لا وجود لها"));

    [Fact]
    public void GetGivesTheEntityWithItsEnglishNameAndAliases()
    {
        var isis = Kb.Get("t:isis");
        Assert.NotNull(isis);
        Assert.Equal(EntityType.ORG, isis.Type);
        Assert.Equal("Islamic State", isis.NameEn);
        Assert.Contains("داعش", isis.Aliases);
    }

    [Theory]
    [InlineData("2016-03-25", "t:kerry")]
    [InlineData("2021-06-28", "t:blinken")]
    [InlineData("2025-06-01", "t:rubio")]
    public void HoldersOfAnOfficeDependOnTheDate(string date, string expected) =>
        Assert.Equal(expected, Assert.Single(Kb.HoldersOf("us-secretary-of-state", DateOnly.Parse(date))).Id);

    [Fact]
    public void NobodyHoldsAnOfficeBetweenRecordedTerms() =>
        Assert.Empty(Kb.HoldersOf("us-secretary-of-state", new DateOnly(2018, 6, 1)));

    [Theory]
    [InlineData("وزير الخارجية الأمريكي", "2016-03-25", "t:kerry")]
    [InlineData("وزير الخارجية الأمريكي", "2021-06-28", "t:blinken")]
    [InlineData("وزير الخارجية الأمريكي", "2025-06-01", "t:rubio")]
    public void ResolveRoleReadsATitleAtADate(string phrase, string date, string expected)
    {
        var role = Kb.ResolveRole(phrase, DateOnly.Parse(date));
        Assert.NotNull(role);
        Assert.Equal("us-secretary-of-state", role.Office.Id);
        Assert.Equal(expected, role.Holder?.Id);
    }

    [Fact]
    public void ResolveRoleWithoutADateNamesTheOfficeButNoHolder()
    {
        var role = Kb.ResolveRole("وزير الخارجية الأمريكي", null);
        Assert.NotNull(role);
        Assert.Null(role.Holder);
    }

    [Fact]
    public void RolesOfAPersonListTheirTerms()
    {
        var term = Assert.Single(Kb.RolesOf("t:blinken"));
        Assert.Equal(new DateOnly(2021, 1, 26), term.From);
        Assert.Equal(new DateOnly(2025, 1, 20), term.To);
    }

    [Fact]
    public void BadRowsAreSkippedWithAWarningNamingTheFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "marsad-kb-bad-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "kb"));
        File.WriteAllLines(Path.Combine(folder, "kb", "entities.tsv"), ["id\ttype\tname_ar", "x:1\tPLANET\tعطارد", "x:2", "x:3\tLOC\tحلب"]);
        var kb = KnowledgeBaseLoader.LoadFolder(folder);
        Assert.Equal(1, kb.EntityCount);
        Assert.Equal(2, kb.Warnings.Length);
        Assert.All(kb.Warnings, w => Assert.StartsWith("kb/entities.tsv", w));
    }

    [Fact]
    public void TheShippedKnowledgeBaseLoadsWithoutError()
    {
        var kb = KnowledgeBase.Default;
        Assert.NotNull(kb);
        Assert.Same(kb, KnowledgeBase.Default);
    }
}

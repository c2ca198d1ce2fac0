using Marsad.Entities;
using Marsad.Knowledge;

namespace Marsad.Tests.Entities;

/// <summary>Name lists typed by their file name (places-*, orgs-*, persons-*) become per-type B/I gazetteer flags.</summary>
public sealed class TypedGazetteerListTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "marsad-typed-gaz-" + Guid.NewGuid().ToString("N"));

    public TypedGazetteerListTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "gazetteers"));
        File.WriteAllLines(Path.Combine(folder, "gazetteers", "places-test.txt"), ["# invented places", "وادي السنديان الأخضر", "قرية الزيزفون"]);
        File.WriteAllLines(Path.Combine(folder, "gazetteers", "orgs-test.txt"), ["رابطة صناع الفخار"]);
        File.WriteAllLines(Path.Combine(folder, "gazetteers", "persons-test.txt"), ["زيدون الفرحاني"]);
        File.WriteAllLines(Path.Combine(folder, "gazetteers", "notes-test.txt"), ["قرية الزيزفون"]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static GazetteerFlags[] Flags(NerGazetteer g, params string[] tokens) => NerGazetteerTests.Flags(g, tokens);

    [Fact]
    public void Multi_word_names_get_begin_and_inside_flags_of_their_file_type()
    {
        var g = NerGazetteer.Load(new ResourceFiles(folder));
        var flags = Flags(g, "زار", "زيدون", "الفرحاني", "وادي", "السنديان", "الاخضر", "مع", "رابطة", "صناع", "الفخار");
        Assert.Equal(GazetteerFlags.None, flags[0] & (GazetteerFlags.PersonBegin | GazetteerFlags.LocBegin | GazetteerFlags.OrgBegin));
        Assert.True(flags[1].HasFlag(GazetteerFlags.PersonBegin));
        Assert.True(flags[2].HasFlag(GazetteerFlags.PersonInside | GazetteerFlags.PhraseEnd));
        Assert.True(flags[3].HasFlag(GazetteerFlags.LocBegin));
        Assert.False(flags[3].HasFlag(GazetteerFlags.LocInside));
        Assert.True(flags[4].HasFlag(GazetteerFlags.LocInside));
        Assert.True(flags[5].HasFlag(GazetteerFlags.LocInside | GazetteerFlags.PhraseEnd));
        Assert.True(flags[7].HasFlag(GazetteerFlags.OrgBegin));
        Assert.True(flags[9].HasFlag(GazetteerFlags.OrgInside));
    }

    [Fact]
    public void Names_match_through_proclitics_and_files_of_other_names_are_not_typed_lists()
    {
        var g = NerGazetteer.Load(new ResourceFiles(folder));
        var flags = Flags(g, "ومن", "لقرية", "الزيزفون");
        Assert.True(flags[1].HasFlag(GazetteerFlags.LocBegin));
        Assert.True(flags[2].HasFlag(GazetteerFlags.LocInside));
        Assert.False(flags[1].HasFlag(GazetteerFlags.MiscBegin)); // notes-*.txt is not a typed list
    }
}

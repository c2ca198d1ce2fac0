using System.Collections.Immutable;
using Marsad.Knowledge;

namespace Marsad.Linking;

/// <summary>Reads the knowledge-base files. Bad rows are skipped with a warning naming the file and the reason;
/// a row whose id was seen before adds its aliases and titles to the earlier one.</summary>
internal static class KnowledgeBaseLoader
{
    public static readonly ImmutableArray<string> EntityFiles = ["kb/entities.tsv", "linking/entities.tsv"];
    public static readonly ImmutableArray<string> OfficeFiles = ["kb/offices.tsv", "linking/offices.tsv"];
    public static readonly ImmutableArray<string> HolderFiles = ["kb/office_holders.tsv", "linking/office_holders.tsv"];

    public static KnowledgeBase Load(ResourceFiles files) => Load(file => files.ReadTsv(file, hasHeader: false));

    /// <summary>Loads only the knowledge-base files of one folder (kb/*.tsv and linking/*.tsv under it), without the
    /// shipped ones: for tests and for users who want a KB of their own alone.</summary>
    public static KnowledgeBase LoadFolder(string folder) => Load(file =>
    {
        var path = Path.Combine(folder, file);
        return File.Exists(path)
            ? File.ReadLines(path).Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')).Select(l => l.Split('\t'))
            : [];
    });

    private static KnowledgeBase Load(Func<string, IEnumerable<string[]>> readTsv)
    {
        var warnings = ImmutableArray.CreateBuilder<string>();
        var entities = new Dictionary<string, KbEntity>(StringComparer.Ordinal);
        foreach (var file in EntityFiles)
        {
            foreach (var row in Rows(readTsv, file, "id"))
            {
                if (row.Length < 3 || row[0].Trim().Length == 0 || row[2].Trim().Length == 0)
                {
                    warnings.Add($"{file}: row '{string.Join(' ', row)}' skipped: needs id, type and name_ar");
                    continue;
                }

                if (KbParsing.Type(row[1]) is not { } type)
                {
                    warnings.Add($"{file}: row '{row[0]}' skipped: unknown type '{row[1]}'");
                    continue;
                }

                var id = row[0].Trim();
                var nameEn = row.Length > 3 && row[3].Trim().Length > 0 ? row[3].Trim() : null;
                var aliases = KbParsing.List(row.Length > 4 ? row[4] : null).ToImmutableArray();
                entities[id] = entities.TryGetValue(id, out var known)
                    ? known with { Aliases = [.. known.Aliases.Concat(aliases).Append(row[2].Trim()).Distinct()], NameEn = known.NameEn ?? nameEn }
                    : new KbEntity(id, type, row[2].Trim(), nameEn, aliases);
            }
        }

        GovernmentBodies.AddTo(entities, readTsv(GovernmentBodies.BodiesFile), readTsv(GovernmentBodies.NationalitiesFile));

        var offices = new Dictionary<string, Office>(StringComparer.Ordinal);
        foreach (var file in OfficeFiles)
        {
            foreach (var row in Rows(readTsv, file, "office_id"))
            {
                if (row.Length < 3 || row[0].Trim().Length == 0)
                {
                    warnings.Add($"{file}: row '{string.Join(' ', row)}' skipped: needs office_id, country and titles_ar");
                    continue;
                }

                var id = row[0].Trim();
                var titles = KbParsing.List(row[2]).ToImmutableArray();
                offices[id] = offices.TryGetValue(id, out var known)
                    ? known with { Titles = [.. known.Titles.Concat(titles).Distinct()] }
                    : new Office(id, row[1].Trim(), titles);
            }
        }

        var terms = new List<OfficeTerm>();
        foreach (var file in HolderFiles)
        {
            foreach (var row in Rows(readTsv, file, "office_id"))
            {
                if (row.Length < 2 || row[0].Trim().Length == 0 || row[1].Trim().Length == 0)
                {
                    warnings.Add($"{file}: row '{string.Join(' ', row)}' skipped: needs office_id and entity_id");
                    continue;
                }

                var term = new OfficeTerm(
                    row[0].Trim(),
                    row[1].Trim(),
                    KbParsing.Date(row.Length > 2 ? row[2] : null, end: false),
                    KbParsing.Date(row.Length > 3 ? row[3] : null, end: true));
                if (!entities.ContainsKey(term.EntityId) || !offices.ContainsKey(term.OfficeId))
                {
                    warnings.Add($"{file}: term {term.OfficeId}/{term.EntityId} names an unknown office or entity");
                }

                terms.Add(term);
            }
        }

        // Honorifics (الشيخ، الملك) are not part of a name's mention: names are indexed without them where enough remains.
        var honorifics = Rows(readTsv, "gazetteers/person-titles.txt", "title")
            .Where(r => r.Length > 1 && r[1].Trim() == "honorific")
            .Select(r => LinkKey.Of(r[0]))
            .ToHashSet(StringComparer.Ordinal);
        return new KnowledgeBase(entities.Values, offices.Values, terms, warnings.ToImmutable(), honorifics);
    }

    private static IEnumerable<string[]> Rows(Func<string, IEnumerable<string[]>> readTsv, string file, string firstColumn) =>
        readTsv(file).Where(r => !KbParsing.IsHeader(r, firstColumn));
}

namespace Marsad.Linking;

/// <summary>
/// A country's ministries and institutions as knowledge-base entities, composed from two lists instead of written
/// one by one: the bodies (<c>linking/government-bodies.tsv</c>: وزارة الخارجية، الخارجية …) and the nationality
/// adjectives (<c>linking/nationalities.tsv</c>). «الخارجية الفلسطينية» and «وزارة الخارجية الفلسطينية» become one
/// entity. Where the hand-written KB already has an entity for one of the names, the composed names are added to
/// that entity instead, so curated ids stay stable.
/// </summary>
internal static class GovernmentBodies
{
    public const string BodiesFile = "linking/government-bodies.tsv";
    public const string NationalitiesFile = "linking/nationalities.tsv";

    /// <summary>Adds the composed bodies to <paramref name="entities"/> (by id), merging into existing entities that
    /// already carry one of their names.</summary>
    public static void AddTo(Dictionary<string, KbEntity> entities, IEnumerable<string[]> bodies, IEnumerable<string[]> nationalities)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            foreach (var name in e.Aliases.Prepend(e.NameAr))
            {
                owners.TryAdd(LinkKey.Of(name), e.Id);
            }
        }

        var countries = nationalities
            .Where(r => r.Length >= 3 && !KbParsing.IsHeader(r, "country_code") && r[0].Trim().Length > 0)
            .Select(r => (Code: r[0].Trim().ToLowerInvariant(), Adjectives: KbParsing.List(r[2]).ToList()))
            .ToList();
        foreach (var row in bodies.Where(r => r.Length >= 4 && !KbParsing.IsHeader(r, "key") && r[0].Trim().Length > 0))
        {
            var feminine = row[2].Trim().StartsWith('f');
            var heads = KbParsing.List(row[3]).ToList();
            foreach (var (code, adjectives) in countries)
            {
                var forms = adjectives.Where(a => IsDefiniteSingular(a, feminine)).ToList();
                if (forms.Count == 0 || heads.Count == 0)
                {
                    continue;
                }

                var names = heads.SelectMany(h => forms.Select(a => $"{h} {a}")).ToList();
                var existing = names.Select(n => owners.GetValueOrDefault(LinkKey.Of(n))).FirstOrDefault(id => id is not null);
                var id = existing ?? $"org:{row[0].Trim()}-{code}";
                entities[id] = entities.TryGetValue(id, out var known)
                    ? known with { Aliases = [.. known.Aliases.Concat(names.Where(n => !owners.ContainsKey(LinkKey.Of(n)))).Distinct()] }
                    : new KbEntity(id, Model.EntityType.ORG, names[0], $"{row[1].Trim()} ({code.ToUpperInvariant()})", [.. names.Skip(1)]);
                foreach (var n in names)
                {
                    owners.TryAdd(LinkKey.Of(n), id);
                }
            }
        }
    }

    /// <summary>الفلسطينية (feminine) or الأردني (masculine): with the article, singular — the form that follows a
    /// definite head noun.</summary>
    private static bool IsDefiniteSingular(string adjective, bool feminine) =>
        adjective.StartsWith("ال", StringComparison.Ordinal)
        && (feminine ? adjective.EndsWith('ة') : !adjective.EndsWith('ة') && !adjective.EndsWith("ين", StringComparison.Ordinal) && !adjective.EndsWith("ون", StringComparison.Ordinal));
}

using Marsad.Knowledge;
using Marsad.Linking;

namespace Marsad.Corpus;

/// <summary>
/// The country each city or town (Resources/kb/place-countries.tsv) and each region (kb/region-countries.tsv) lies in,
/// extended through MARSAD_KNOWLEDGE: for the story step an article naming only a country's capital, one of its towns
/// or one of its provinces is set in that country, so the guards
/// that look for a story's setting (a core entity the article names early, the most named place whose head of state may
/// stand for it) see the country whether outlets name it or its capital.
/// </summary>
internal static class StoryPlaces
{
    private static readonly Lazy<Dictionary<string, string>> CountryOfPlace = new(() => Read(ResourceFiles.Default));

    /// <summary>The country the place lies in, or null when the data does not place it in one.</summary>
    public static string? CountryOf(string placeId) => CountryOfPlace.Value.GetValueOrDefault(placeId);

    private static readonly Lazy<HashSet<string>> CountriesWithPlaces = new(() => [.. CountryOfPlace.Value.Values]);

    /// <summary>A country: one the knowledge base holds offices of, or one this data places a city in.</summary>
    private static bool IsCountry(string id) => KnowledgeBase.Default.IsCountry(id) || CountriesWithPlaces.Value.Contains(id);

    /// <summary>
    /// Adds to <paramref name="entities"/> the country its cities lie in when they lie in one country and it names no
    /// other country: a report from a capital about a visitor from another country is not set in the host country
    /// (counting it so made the host's president the setting's head on a day of state visits).
    /// </summary>
    public static void AddCountryOfCities(HashSet<string> entities)
    {
        string? only = null;
        foreach (var id in entities)
        {
            if (CountryOf(id) is { } country)
            {
                if (only is not null && !string.Equals(only, country, StringComparison.Ordinal))
                {
                    return;
                }

                only = country;
            }
        }

        if (only is null)
        {
            return;
        }

        foreach (var id in entities)
        {
            if (IsCountry(id) && !string.Equals(id, only, StringComparison.Ordinal))
            {
                return;
            }
        }

        entities.Add(only);
    }

    /// <summary>Appends to <paramref name="entities"/> the country of each city it holds that it does not hold yet.</summary>
    public static void AddCountries(List<string> entities)
    {
        var count = entities.Count;
        for (var i = 0; i < count; i++)
        {
            if (CountryOf(entities[i]) is { } country && !entities.Contains(country))
            {
                entities.Add(country);
            }
        }
    }

    /// <summary>Place id → country id for towns and regions, from the shipped files and then the user's (a later row for
    /// a place wins).</summary>
    internal static Dictionary<string, string> Read(ResourceFiles files)
    {
        var map = ReadTowns(files);
        AddRows(map, files, "kb/region-countries.tsv");
        return map;
    }

    /// <summary>Town id → country id (<c>kb/place-countries.tsv</c> only): the antecedents «المدينة» may name.</summary>
    internal static Dictionary<string, string> ReadTowns(ResourceFiles files)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        AddRows(map, files, "kb/place-countries.tsv");
        return map;
    }

    private static void AddRows(Dictionary<string, string> map, ResourceFiles files, string path)
    {
        foreach (var row in files.ReadTsv(path))
        {
            if (row.Length >= 2 && row[0].Trim() is { Length: > 0 } place && row[1].Trim() is { Length: > 0 } country)
            {
                map[place] = country;
            }
        }
    }
}

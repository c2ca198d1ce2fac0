using Marsad.Corpus;
using Marsad.Model;

namespace Marsad.Server.Analyst;

/// <summary>
/// Who «the speaker» is in a question: the entity ids its id or name resolves to, and the names it was quoted under,
/// compared normalised. A quote matches on its linked entity, else on its speaker's name.
/// </summary>
internal sealed class SpeakerKeys
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    public static SpeakerKeys Resolve(Corpus.Corpus corpus, string speaker)
    {
        var keys = new SpeakerKeys();
        var wanted = speaker.Trim();
        var normalized = NameKey.Normalize(wanted);
        keys.names.Add(normalized);

        // The entity resolution of the search's speaker filter (which it falls back to), joined here with the quoted
        // speaker keys the filter tries first.
        var chosen = corpus.ResolveEntity(wanted).ToHashSet(StringComparer.Ordinal);
        foreach (var match in corpus.FindEntities(wanted, 50).Where(m => chosen.Contains(m.Id)))
        {
            keys.ids.Add(match.Id);
            keys.names.Add(NameKey.Normalize(match.Name));
        }

        foreach (var key in corpus.Store.FindSpeakerKeys(wanted))
        {
            keys.ids.Add(key);
            keys.names.Add(NameKey.Normalize(key));
        }

        return keys;
    }

    public bool Matches(Speaker speaker) =>
        speaker.EntityId is { } id ? ids.Contains(id) : names.Contains(NameKey.Normalize(speaker.Name));
}

using Marsad.Model;

namespace Marsad.Linking;

/// <summary>Ids for entities the knowledge base does not know, derived from the type and the normalised name so the
/// same name gets the same id in every article of a corpus: <c>prov:pers:جون_الن</c>.</summary>
public static class ProvisionalId
{
    public const string Prefix = "prov:";

    public static string For(EntityType type, string name) =>
        Prefix + type.ToString().ToLowerInvariant() + ":" + LinkKey.Of(name).Replace(' ', '_');

    public static bool IsProvisional(string id) => id.StartsWith(Prefix, StringComparison.Ordinal);
}

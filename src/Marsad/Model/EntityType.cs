namespace Marsad.Model;

/// <summary>Entity types, in ANERcorp's tag set.</summary>
public enum EntityType
{
    PERS,
    ORG,
    LOC,
    MISC,
}

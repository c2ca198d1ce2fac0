namespace Marsad.Linking;

/// <summary>How a mention candidate was found.</summary>
internal enum CandidateKind
{
    /// <summary>A knowledge-base name or alias found in the body.</summary>
    Name,

    /// <summary>A mention from the tagger.</summary>
    Tagged,

    /// <summary>A surname standing for a full name seen in the article.</summary>
    Surname,

    /// <summary>An office title (وزير الخارجية الأمريكي).</summary>
    Title,

    /// <summary>A role noun (الوزير الأميركي، المتحدثة).</summary>
    RoleNoun,

    /// <summary>A definite description (التنظيم، التحالف).</summary>
    Description,

    /// <summary>A role phrase the article earlier set beside a person's name (وزير المالية after «فلان وزير المالية»).</summary>
    TitleReference,
}

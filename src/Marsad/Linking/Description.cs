using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>A definite description (التنظيم، التحالف) and the head words its antecedent's name starts with.</summary>
internal sealed record Description(string Phrase, ImmutableArray<string> HeadKeys, EntityType Type);

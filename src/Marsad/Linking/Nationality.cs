namespace Marsad.Linking;

/// <summary>A country as nationality adjectives point at it: its code and its Arabic name in the knowledge base.</summary>
public sealed record Nationality(string CountryCode, string CountryNameAr);

namespace Marsad.Entities;

/// <summary>Allocation-free hashing of character spans and feature tuples (FNV-1a plus a murmur finaliser).</summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Chars(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    /// <summary>Combines a running phrase hash with the next token's hash.</summary>
    public static ulong Append(ulong phrase, ulong token) => Mix64((phrase * 31UL) ^ token ^ 0x9E3779B97F4A7C15UL);

    public static uint Feature(int template, ulong a) => (uint)Mix64(((ulong)template << 56) ^ a ^ ((ulong)template * 0xC2B2AE3D27D4EB4FUL));

    public static uint Feature(int template, ulong a, ulong b) => Feature(template, Mix64(a + 0x9E3779B97F4A7C15UL) ^ b);

    public static uint Feature(int template, ulong a, ulong b, ulong c) => Feature(template, Mix64(Mix64(a + 0x9E3779B97F4A7C15UL) ^ b) ^ c);

    public static ulong Mix64(ulong z)
    {
        z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCDUL;
        z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return z ^ (z >> 33);
    }
}

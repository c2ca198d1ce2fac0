namespace Marsad.Corpus;

/// <summary>
/// Where the report proper starts in a body: after a dateline such as «مدينة، بلد (المنبر)—» that some outlets put
/// inside the body. The dateline names the outlet's desk, not the event, and counted as lead words and entities it
/// made one outlet's reports alike and unlike other outlets' reports of the same event.
/// </summary>
internal static class StoryLead
{
    /// <summary>How far into the body a dateline may end.</summary>
    private const int MaxDatelineChars = 80;

    /// <summary>The offset just after an in-body dateline (a parenthesis closed and followed by a dash near the start), else 0.</summary>
    public static int DatelineEnd(string body)
    {
        var limit = Math.Min(body.Length, MaxDatelineChars);
        var close = body.AsSpan(0, limit).IndexOf(')');
        if (close < 0 || body.AsSpan(0, close).IndexOf('(') < 0 || body.AsSpan(0, close).IndexOf('\n') >= 0)
        {
            return 0;
        }

        var i = close + 1;
        while (i < body.Length && i < close + 4 && body[i] == ' ')
        {
            i++;
        }

        if (i < body.Length && body[i] is '—' or '–' or '-' or '_')
        {
            i++;
            while (i < body.Length && body[i] is '—' or '–' or '-' or ' ')
            {
                i++;
            }

            return i;
        }

        return 0;
    }
}

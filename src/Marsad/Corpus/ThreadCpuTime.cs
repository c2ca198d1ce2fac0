using System.Globalization;

namespace Marsad.Corpus;

/// <summary>
/// The processor time of the calling thread (Linux: <c>/proc/thread-self/stat</c>; elsewhere zero). Ingest's writer
/// threads report it next to their wall time: on a shared machine the wall time of a step counts the time its thread
/// waited for a core, while this counts only the work, so two builds can be compared by it under load.
/// </summary>
internal static class ThreadCpuTime
{
    /// <summary>Kernel clock ticks per second (USER_HZ), 100 on every Linux this runs on.</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan Current()
    {
        try
        {
            var stat = File.ReadAllText("/proc/thread-self/stat");

            // The thread's name (field 2) is in parentheses and may hold spaces: fields are counted after its ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            return TimeSpan.Zero;
        }
    }
}

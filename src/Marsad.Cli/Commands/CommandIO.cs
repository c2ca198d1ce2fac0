namespace Marsad.Cli.Commands;

/// <summary>The writers a command prints to: the process's own, or a test's.</summary>
public sealed record CommandIO(TextWriter Out, TextWriter Error)
{
    /// <summary>True when stdout is the real console attached to a terminal (progress bars only then).</summary>
    public bool IsInteractive => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;
}

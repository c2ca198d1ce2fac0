using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>The writers a command prints to: the process's own, or a test's.</summary>
public sealed record CommandIO(TextWriter Out, TextWriter Error)
{
    /// <summary>True when stdout is the real console attached to a terminal (progress bars only then).</summary>
    public bool IsInteractive => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;

    // Wide enough that no hit, quote or table row of a pipe or file is cut: Spectre would wrap them at 80 columns,
    // breaking the one-line-per-hit output that grep, cut and sort rely on.
    private const int RedirectedWidth = 4096;

    /// <summary>The console tables and lines are written to: colours and the terminal's width on a terminal, plain
    /// text and no wrapping elsewhere.</summary>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Out), Ansi = IsInteractive ? AnsiSupport.Detect : AnsiSupport.No, Interactive = InteractionSupport.No });
        if (!IsInteractive)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}

using System.CommandLine;

namespace Marsad.Cli.Commands;

public static class BenchCommand
{
    public static Command Create(CommandIO io)
    {
        var command = new Command("bench", "Not built yet.");
        command.SetAction(_ =>
        {
            io.Error.WriteLine("marsad bench: not built yet");
            return 1;
        });
        return command;
    }
}

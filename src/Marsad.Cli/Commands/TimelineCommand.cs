using System.CommandLine;

namespace Marsad.Cli.Commands;

public static class TimelineCommand
{
    public static Command Create(CommandIO io)
    {
        var command = new Command("timeline", "Not built yet.");
        command.SetAction(_ =>
        {
            io.Error.WriteLine("marsad timeline: not built yet");
            return 1;
        });
        return command;
    }
}

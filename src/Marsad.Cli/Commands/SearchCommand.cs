using System.CommandLine;

namespace Marsad.Cli.Commands;

public static class SearchCommand
{
    public static Command Create(CommandIO io)
    {
        var command = new Command("search", "Not built yet.");
        command.SetAction(_ =>
        {
            io.Error.WriteLine("marsad search: not built yet");
            return 1;
        });
        return command;
    }
}

using System.CommandLine;

namespace Marsad.Cli.Commands;

public static class StoriesCommand
{
    public static Command Create(CommandIO io)
    {
        var command = new Command("stories", "Not built yet.");
        command.SetAction(_ =>
        {
            io.Error.WriteLine("marsad stories: not built yet");
            return 1;
        });
        return command;
    }
}

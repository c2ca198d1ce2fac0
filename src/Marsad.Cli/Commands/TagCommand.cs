using System.CommandLine;

namespace Marsad.Cli.Commands;

public static class TagCommand
{
    public static Command Create(CommandIO io)
    {
        var command = new Command("tag", "Not built yet.");
        command.SetAction(_ =>
        {
            io.Error.WriteLine("marsad tag: not built yet");
            return 1;
        });
        return command;
    }
}

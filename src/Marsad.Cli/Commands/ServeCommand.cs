using System.CommandLine;

namespace Marsad.Cli.Commands;

public static class ServeCommand
{
    public static Command Create(CommandIO io)
    {
        var command = new Command("serve", "Not built yet.");
        command.SetAction(_ =>
        {
            io.Error.WriteLine("marsad serve: not built yet");
            return 1;
        });
        return command;
    }
}

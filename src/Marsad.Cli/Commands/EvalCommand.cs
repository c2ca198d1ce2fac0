using System.CommandLine;

namespace Marsad.Cli.Commands;

public static class EvalCommand
{
    public static Command Create(CommandIO io)
    {
        var command = new Command("eval", "Not built yet.");
        command.SetAction(_ =>
        {
            io.Error.WriteLine("marsad eval: not built yet");
            return 1;
        });
        return command;
    }
}

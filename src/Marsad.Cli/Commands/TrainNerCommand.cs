using System.CommandLine;

namespace Marsad.Cli.Commands;

public static class TrainNerCommand
{
    public static Command Create(CommandIO io)
    {
        var command = new Command("train-ner", "Not built yet.");
        command.SetAction(_ =>
        {
            io.Error.WriteLine("marsad train-ner: not built yet");
            return 1;
        });
        return command;
    }
}

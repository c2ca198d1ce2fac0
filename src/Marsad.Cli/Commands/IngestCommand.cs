using System.CommandLine;

namespace Marsad.Cli.Commands;

public static class IngestCommand
{
    public static Command Create(CommandIO io)
    {
        var command = new Command("ingest", "Not built yet.");
        command.SetAction(_ =>
        {
            io.Error.WriteLine("marsad ingest: not built yet");
            return 1;
        });
        return command;
    }
}

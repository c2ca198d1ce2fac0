using System.CommandLine;
using System.CommandLine.Help;
using Marsad.Cli.Commands;

namespace Marsad.Cli;

/// <summary>The <c>marsad</c> command: builds pipelines and corpora and calls them; no analysis logic lives here.</summary>
public static class Program
{
    /// <summary>Exit code for a usage error (bad option, missing argument).</summary>
    public const int UsageError = 2;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the command line with the given writers (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = CreateRootCommand(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"marsad: {error.Message}");
            }

            stderr.WriteLine("Try 'marsad --help'.");
            return UsageError;
        }

        CommonOptions.IndexFolder = parse.GetValue<string?>("--index");
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parse.Invoke(config);
    }

    /// <summary>The root command. Not a <see cref="RootCommand"/>: that one takes its name from the assembly
    /// (Marsad.Cli, which cannot be called marsad, see the project file), and help would show that name.</summary>
    public static Command CreateRootCommand(TextWriter stdout, TextWriter stderr)
    {
        var io = new CommandIO(stdout, stderr);
        var root = new Command("marsad", "Marsad (مرصد): an Arabic news observatory — who said what, about whom, where and when.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Options.Add(CommonOptions.Index());
        root.Subcommands.Add(AnalyzeCommand.Create(io));
        root.Subcommands.Add(BenchCommand.Create(io));
        root.Subcommands.Add(TrainNerCommand.Create(io));
        root.Subcommands.Add(TagCommand.Create(io));
        root.Subcommands.Add(EvalCommand.Create(io));
        root.Subcommands.Add(IngestCommand.Create(io));
        root.Subcommands.Add(SearchCommand.Create(io));
        root.Subcommands.Add(StoriesCommand.Create(io));
        root.Subcommands.Add(TimelineCommand.Create(io));
        root.Subcommands.Add(QuotesCommand.Create(io));
        root.Subcommands.Add(NumbersCommand.Create(io));
        root.Subcommands.Add(ServeCommand.Create(io));
        return root;
    }
}

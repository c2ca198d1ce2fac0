using System.CommandLine;
using System.Globalization;
using Marsad.Pipeline;
using Marsad.Serialization;
using Marsad.Sources;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad analyze PATH... [--published DATE] [--stages LIST]</c>: one JSON record per article on stdout.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CommandIO io)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders or archives (.tar.gz, .zip) of articles: plain text, TREC <DOC>, HTML or JSON Lines.",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = CommonOptions.Published();
        var stages = CommonOptions.Stages();
        var command = new Command("analyze", "Analyse articles and write one JSON record per article (JSON Lines) to stdout.")
        {
            paths, published, stages,
        };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryGetPipeline(parse, stages, io, out var pipeline)
                || !CommonOptions.TryGetPublished(parse, published, io, out var date)
                || !CommonOptions.TryGetPaths(parse, paths, io, out var inputs))
            {
                return Program.UsageError;
            }

            var options = new AnalysisOptions { Published = date };
            var failed = 0;
            foreach (var result in pipeline.AnalyzeAll(DocumentSources.Read(inputs), options))
            {
                if (result.Article is { } article)
                {
                    io.Out.WriteLine(ArticleJson.Serialize(article));
                    foreach (var error in article.Errors)
                    {
                        io.Error.WriteLine($"marsad: {TerminalText.Safe(result.Path)}: stage '{error.Stage}' failed: {TerminalText.Safe(error.Message)}");
                    }
                }
                else
                {
                    failed++;
                    io.Error.WriteLine($"marsad: {TerminalText.Safe(result.Path)}: {TerminalText.Safe(result.Error)}");
                }
            }

            io.Out.Flush();
            return failed > 0 ? 1 : 0;
        });
        return command;
    }
}

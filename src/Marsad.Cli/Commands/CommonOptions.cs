using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Marsad.Pipeline;

namespace Marsad.Cli.Commands;

/// <summary>Options several commands share, and their validation.</summary>
public static class CommonOptions
{
    public static Option<string?> Published() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for articles whose text and metadata give none; drives relative dates and roles.",
    };

    public static Option<string> Stages() => new("--stages")
    {
        Description = $"Analysis stages, joined by '+': {string.Join(", ", PipelineBuilder.StageNames)}, or all.",
        DefaultValueFactory = _ => "all",
    };

    public static Option<string?> Store() => new("--store")
    {
        Description = "The store folder (default: $MARSAD_STORE, else ./marsad-data).",
    };

    /// <summary>The store folder: the option, else MARSAD_STORE, else ./marsad-data.</summary>
    public static string ResolveStore(string? option) =>
        Path.GetFullPath(
            !string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable("MARSAD_STORE") is { Length: > 0 } env ? env
            : "marsad-data");

    /// <summary>A path argument that looks like an option and names no file is an unknown option: a usage error.</summary>
    public static bool TryGetPaths(ParseResult parse, Argument<string[]> argument, CommandIO io, [NotNullWhen(true)] out string[]? paths)
    {
        paths = parse.GetValue(argument) ?? [];
        var unknown = paths.FirstOrDefault(p => p.StartsWith('-') && !File.Exists(p) && !Directory.Exists(p));
        if (unknown is not null)
        {
            io.Error.WriteLine($"marsad: unknown option '{unknown}'. Try 'marsad --help'.");
            paths = null;
            return false;
        }

        return true;
    }

    public static bool TryGetPublished(ParseResult parse, Option<string?> option, CommandIO io, out DateOnly? date)
    {
        date = null;
        var text = parse.GetValue(option);
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        io.Error.WriteLine($"marsad: --published '{text}' is not a date of the form YYYY-MM-DD");
        return false;
    }

    public static bool TryGetPipeline(ParseResult parse, Option<string> option, CommandIO io, [NotNullWhen(true)] out AnalysisPipeline? pipeline)
    {
        try
        {
            pipeline = PipelineBuilder.Configure(parse.GetValue(option) ?? "all").Build();
            return true;
        }
        catch (ArgumentException ex)
        {
            io.Error.WriteLine($"marsad: --stages: {ex.Message}");
            pipeline = null;
            return false;
        }
    }
}

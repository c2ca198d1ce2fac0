using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Marsad.Pipeline;
using Marsad.Postgres;

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
        Description = "The store: a folder, or a PostgreSQL database (postgres://user:password@host/db or Host=...;Database=...) " +
            "(default: $MARSAD_STORE, else ./marsad-data).",
    };

    /// <summary>The search index folder beside a PostgreSQL store (every command takes it; a folder store keeps its own).</summary>
    public static Option<string?> Index() => new("--index")
    {
        Description = "The local search index folder of a PostgreSQL store (default: $MARSAD_INDEX, else ./marsad-index); rebuilt from the store when missing.",
        Recursive = true,
    };

    /// <summary>The <c>--index</c> value of the command line being run (per invocation: tests run several at once).</summary>
    public static string? IndexFolder
    {
        get => IndexValue.Value;
        set => IndexValue.Value = value;
    }

    private static readonly AsyncLocal<string?> IndexValue = new();

    /// <summary>The store: the option, else MARSAD_STORE, else ./marsad-data; a folder made absolute, a database address kept.</summary>
    public static string ResolveStore(string? option)
    {
        var store = !string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable("MARSAD_STORE") is { Length: > 0 } env ? env
            : "marsad-data";
        return StoreLocation.IsPostgres(store) ? store : Path.GetFullPath(store);
    }

    /// <summary>A folder store without a corpus yet (a database is always there to open: it reports its own errors).</summary>
    public static bool IsMissingCorpus(string store) => !StoreLocation.IsPostgres(store) && !File.Exists(Path.Combine(store, "corpus.db"));

    /// <summary>The store as messages name it: a database without its password.</summary>
    /// <summary>The error line of a store that failed: the store named once (the store's own messages often name it).</summary>
    public static string StoreError(string store, Exception ex)
    {
        // The store path is the user's argument and may hold control characters: the error line stays inert, one line.
        var name = Display(store);
        return TerminalText.Safe(ex.Message.Contains(name, StringComparison.Ordinal) ? ex.Message : $"store {name}: {ex.Message}");
    }

    public static string Display(string store)
    {
        if (!StoreLocation.IsPostgres(store))
        {
            return store;
        }

        try
        {
            return StoreLocation.Describe(StoreLocation.ConnectionString(store));
        }
        catch (ArgumentException)
        {
            return "(an unreadable PostgreSQL address)";
        }
    }

    /// <summary>Opens the store's corpus (a database with its index in <see cref="IndexFolder"/>).</summary>
    public static Marsad.Corpus.Corpus OpenCorpus(string store) => StoreLocation.Open(store, IndexFolder);

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

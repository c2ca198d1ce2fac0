using Marsad.Search;

namespace Marsad.Cli.Commands;

/// <summary>How the commands that read a store open it: a missing corpus, a malformed query and an unreadable store
/// each become one line on stderr and an exit code, never a stack trace.</summary>
internal static class CorpusCommand
{
    /// <summary>Opens the corpus named by the store option and runs <paramref name="body"/> on it; a query that does not
    /// parse is a usage error whose message starts with <paramref name="queryLabel"/> (e.g. "--about: ").</summary>
    public static int Run(CommandIO io, string? storeOption, Func<Marsad.Corpus.Corpus, int> body, string queryLabel = "")
    {
        var folder = CommonOptions.ResolveStore(storeOption);
        if (CommonOptions.IsMissingCorpus(folder))
        {
            io.Error.WriteLine($"marsad: no corpus in {CommonOptions.Display(folder)}: run 'marsad ingest PATH --store {CommonOptions.Display(folder)}' first");
            return 1;
        }

        try
        {
            using var corpus = CommonOptions.OpenCorpus(folder);
            return body(corpus);
        }
        catch (QuerySyntaxException ex)
        {
            io.Error.WriteLine($"marsad: {queryLabel}{ex.Message} (or use --lenient)");
            return Program.UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            io.Error.WriteLine($"marsad: store {CommonOptions.Display(folder)}: {ex.Message}");
            return 1;
        }
    }
}

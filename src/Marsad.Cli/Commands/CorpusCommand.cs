using Marsad.Search;
using Marsad.Server.Api;

namespace Marsad.Cli.Commands;

/// <summary>How the commands that read a store open it: a missing corpus, a malformed query and an unreadable store
/// each become one line on stderr and an exit code, never a stack trace.</summary>
internal static class CorpusCommand
{
    /// <summary>Opens the corpus named by the store option and runs <paramref name="body"/> on it; a query that does not
    /// parse is a usage error naming <paramref name="queryName"/> (QUERY for the positional query, else an option name
    /// such as about).</summary>
    public static int Run(CommandIO io, string? storeOption, Func<Marsad.Corpus.Corpus, int> body, string queryName = "QUERY", bool warnIfStale = true)
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
            if (warnIfStale)
            {
                WarnIfStale(io, corpus);
            }

            return body(corpus);
        }
        catch (QuerySyntaxException ex)
        {
            io.Error.WriteLine($"marsad: {QueryCheck.ForCommandLine().QuerySyntax(queryName, ex)}");
            return Program.UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            io.Error.WriteLine($"marsad: {CommonOptions.StoreError(folder, ex)}");
            return 1;
        }
    }

    /// <summary>Warns on stderr when the search index was built by an older analyzer chain. A warning, not an error:
    /// the answer is still useful, it may only lack hits the current chain would find.</summary>
    public static void WarnIfStale(CommandIO io, Marsad.Corpus.Corpus corpus)
    {
        if (!corpus.IndexIsCurrent)
        {
            io.Error.WriteLine(
                $"marsad: warning: the search index of {corpus.Folder} was built by an older analyzer (version {TerminalText.Safe(corpus.IndexAnalyzerVersion)}, now {SearchAnalyzers.ChainVersion}) " +
                $"and may miss hits; rebuild it with {RebuildAdvice(corpus)}");
        }
    }

    /// <summary>The reindex command for this corpus: a folder store by its folder; a database's index by its folder,
    /// the database as this command was given it (its shown address lacks the password).</summary>
    private static string RebuildAdvice(Marsad.Corpus.Corpus corpus) =>
        Marsad.Postgres.StoreLocation.IsPostgres(corpus.Folder)
            ? $"'marsad ingest --reindex --index {Path.GetFullPath(CommonOptions.IndexFolder ?? Marsad.Postgres.StoreLocation.DefaultIndexFolder)}' and the same --store"
            : $"'marsad ingest --reindex --store {corpus.Folder}'";

    /// <summary>False, after printing the problem, when a check of the arguments failed.</summary>
    public static bool IsValid(CommandIO io, QueryCheck check)
    {
        if (check.Error is { } error)
        {
            io.Error.WriteLine($"marsad: {TerminalText.Safe(error)}");
            return false;
        }

        return true;
    }
}

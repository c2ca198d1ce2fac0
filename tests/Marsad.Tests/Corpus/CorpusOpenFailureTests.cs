using System.Reflection;
using Marsad.Corpus;
using Marsad.Search;

namespace Marsad.Tests.Corpus;

/// <summary>A corpus that cannot be opened (its store fails while the index is caught up) lets go of what it opened, so
/// a later open in the same process (a server retrying) is not refused by its own leftover index lock.</summary>
public sealed class CorpusOpenFailureTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("marsad-openfail-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_store_failing_during_the_index_repair_releases_the_index_folder()
    {
        var store = DispatchProxy.Create<ICorpusStore, FailingStore>();

        var error = Assert.Throws<IOException>(() => Marsad.Corpus.Corpus.Open(store, folder, "a broken store"));

        Assert.Contains("went away", error.Message, StringComparison.Ordinal);
        Assert.True(((FailingStore)(object)store).Disposed);
        using var again = SearchIndex.Open(folder);
        Assert.Equal(0, again.Count);
    }

    [Fact]
    public void A_database_file_that_is_no_database_leaves_no_connection_behind_for_the_next_open()
    {
        var database = Path.Combine(folder, "corpus.db");
        File.WriteAllText(database, "نص عادي في ملف وليس قاعدة بيانات");
        Assert.ThrowsAny<Exception>(() => Marsad.Corpus.Corpus.Open(folder));

        // A connection left open by the failed open is taken back into the pool when it is collected, and the next
        // open (the file put right meanwhile) would get it, still reading the old file.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        File.Delete(database);

        using var corpus = Marsad.Corpus.Corpus.Open(folder);
        Assert.Equal(0, corpus.Count);
    }

    /// <summary>A store whose connection breaks on the first read.</summary>
    public class FailingStore : DispatchProxy
    {
        public bool Disposed { get; private set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name == nameof(IDisposable.Dispose))
            {
                Disposed = true;
                return null;
            }

            throw new IOException("the database connection went away");
        }
    }
}

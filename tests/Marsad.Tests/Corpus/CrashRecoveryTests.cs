using System.Diagnostics;
using Marsad.Corpus;
using Microsoft.Data.Sqlite;

namespace Marsad.Tests.Corpus;

/// <summary>An ingest killed halfway (kill -9) and re-run gives the store a clean run gives.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Articles = 2500;
    private readonly string root = Directory.CreateTempSubdirectory("marsad-crash-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void A_killed_ingest_rerun_matches_a_clean_run()
    {
        var input = Path.Combine(root, "in");
        GenerateArticles(input, Articles);
        var clean = Path.Combine(root, "clean");
        var crashed = Path.Combine(root, "crashed");

        Assert.Equal(0, RunIngest(input, clean, killAfterRows: null));
        var killedCode = RunIngest(input, crashed, killAfterRows: Articles / 3);
        Assert.NotEqual(0, killedCode);
        var partial = CountRows(crashed);
        Assert.InRange(partial, 1, Articles - 1);
        Assert.Equal(0, RunIngest(input, crashed, killAfterRows: null));

        using var a = Marsad.Corpus.Corpus.Open(clean);
        using var b = Marsad.Corpus.Corpus.Open(crashed);
        Assert.Equal(Articles, a.Count);
        Assert.Equal(a.Count, b.Count);
        foreach (var text in new[] { "حديقة", "والمدرسة", "مستشفى OR سوق", "\"المجلس البلدي\"", "" })
        {
            var expected = a.Search(new SearchQuery { Text = text, Size = 50 });
            var actual = b.Search(new SearchQuery { Text = text, Size = 50 });
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(h => h.Id), actual.Hits.Select(h => h.Id));
        }

        Assert.Equal(
            a.Stories(minArticles: 1, limit: 100_000).Select(s => string.Join(',', s.Articles)),
            b.Stories(minArticles: 1, limit: 100_000).Select(s => string.Join(',', s.Articles)));
    }

    /// <summary>Small invented articles on a few recurring subjects, spread over several days, some repeated.</summary>
    private static void GenerateArticles(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        string[] subjects = ["حديقة عامة", "مدرسة ابتدائية", "مستشفى ميداني", "سوق شعبي", "ملعب رياضي"];
        string[] towns = ["الوادي", "الساحل", "الجبل", "السهل", "النهر", "الواحة", "المرفأ"];
        for (var i = 0; i < count; i++)
        {
            var subject = subjects[i % subjects.Length];
            var town = towns[(i / subjects.Length) % towns.Length];
            var day = 1 + (i % 25);
            var body = i % 50 == 7
                ? $"أعلن المجلس البلدي في مدينة {town} افتتاح {subject} جديد.\nوقال رئيس المجلس إن المشروع اكتمل في موعده."
                : $"أعلن المجلس البلدي في مدينة {town} افتتاح {subject} جديد يحمل الرقم {i}.\nوقال رئيس المجلس إن كلفة المشروع بلغت {i * 3} ألف دينار وإن المدرسة المجاورة ستستفيد منه.";
            var text = $"<DOC>\n<DOCNO>gen-{i:D5}</DOCNO>\n<SRC>Outlet{i % 4}</SRC>\n<TITLE>افتتاح {subject} في {town}</TITLE>\n" +
                       $"<TIME>Thu, {day:D2} Mar 2018 10:00:00 +0000</TIME>\n<TEXT>\n{body}\n</TEXT>\n</DOC>\n";
            File.WriteAllText(Path.Combine(folder, $"gen-{i:D5}.txt"), text);
        }
    }

    private static int RunIngest(string input, string store, int? killAfterRows)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "ingest", input, "--store", store, "--batch", "50", "--stages", "clean+text" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (killAfterRows is { } rows)
        {
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(5))
            {
                if (CountRows(store) >= rows)
                {
                    process.Kill(entireProcessTree: true);
                    break;
                }

                Thread.Sleep(20);
            }
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("ingest did not finish in 10 minutes");
        }

        return process.ExitCode;
    }

    private static long CountRows(string store)
    {
        var db = Path.Combine(store, "corpus.db");
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM articles";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // The schema is not there yet.
        }
    }
}

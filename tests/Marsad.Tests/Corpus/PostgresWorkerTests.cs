using System.Diagnostics;
using Marsad.Corpus;
using Marsad.Postgres;

namespace Marsad.Tests.Corpus;

/// <summary>
/// <c>marsad ingest</c> processes against one database: two workers on overlapping inputs give the store of one
/// clean run, and a worker killed with SIGKILL mid-ingest and re-run gives the clean store.
/// </summary>
public sealed class PostgresWorkerTests : IDisposable
{
    private const int Articles = 600;
    private readonly string root = Directory.CreateTempSubdirectory("marsad-pgworkers-").FullName;
    private readonly List<PostgresTestDatabase> databases = [];

    public void Dispose()
    {
        foreach (var database in databases)
        {
            database.Dispose();
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [SkippableFact]
    public void Two_workers_on_overlapping_inputs_give_the_store_of_one_clean_run()
    {
        var clean = Database();
        var shared = Database();
        var all = Generate("all", 0, Articles);
        var first = Generate("first", 0, Articles * 2 / 3);
        var second = Generate("second", Articles / 3, Articles - (Articles / 3));

        Assert.Equal(0, Ingest(all, clean).WaitForExitCode());
        using (var a = Ingest(first, shared))
        using (var b = Ingest(second, shared))
        {
            Assert.Equal(0, a.WaitForExitCode());
            Assert.Equal(0, b.WaitForExitCode());
        }

        using var expected = clean.Open();
        using var actual = shared.Open();
        Assert.Equal(Articles, expected.Count);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(Duplicates(clean), Duplicates(shared));

        // Which copy of a repeated body is the original depends on which worker stored it first; the stories (all
        // members, duplicates included) must not.
        Assert.Equal(Partition(expected), Partition(actual));
        Assert.Equal(
            expected.Search(new SearchQuery { Text = "مكتبة", Size = 5 }).Total,
            actual.Search(new SearchQuery { Text = "مكتبة", Size = 5 }).Total);
    }

    [SkippableFact]
    public void A_worker_killed_mid_ingest_and_run_again_gives_the_clean_store()
    {
        var clean = Database();
        var input = Generate("all", 0, Articles);
        Assert.Equal(0, Ingest(input, clean).WaitForExitCode());

        // The kill must land mid-ingest; a worker that finished between two polls (a starved test thread on a loaded
        // machine) proves nothing, so that attempt is repeated on a fresh database.
        PostgresTestDatabase crashed = null!;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            crashed = Database();
            using var worker = Ingest(input, crashed);
            var clock = Stopwatch.StartNew();
            while (!worker.Process.HasExited && Count(crashed) < Articles / 3 && clock.Elapsed < TimeSpan.FromMinutes(5))
            {
                Thread.Sleep(20);
            }

            worker.Process.Kill(entireProcessTree: true);
            worker.Process.WaitForExit();
            if (Count(crashed) < Articles)
            {
                break;
            }
        }

        Assert.InRange(Count(crashed), 1, Articles - 1);
        Assert.Equal(0, Ingest(input, crashed).WaitForExitCode());

        using var expected = clean.Open();
        using var actual = crashed.Open();
        Assert.Equal(PostgresStoreTests.Snapshot(expected, []), PostgresStoreTests.Snapshot(actual, []));
        Assert.Equal(
            expected.Stories(minArticles: 1, limit: 100_000).Select(s => string.Join(',', s.Articles)),
            actual.Stories(minArticles: 1, limit: 100_000).Select(s => string.Join(',', s.Articles)));
    }

    private static long Count(PostgresTestDatabase database)
    {
        try
        {
            return database.Scalar("SELECT COUNT(*) FROM articles");
        }
        catch (Npgsql.PostgresException)
        {
            return 0; // The schema is not there yet.
        }
    }

    private static long Duplicates(PostgresTestDatabase database) => database.Scalar("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL");

    /// <summary>Each story as its sorted member ids (duplicates included), the stories sorted.</summary>
    private static List<string> Partition(Marsad.Corpus.Corpus corpus) =>
        [.. corpus.Store.FindStories(null, null)
            .Select(s => string.Join(',', corpus.Store.StoryMembers(s.Id).Select(m => m.Id).Order(StringComparer.Ordinal)))
            .Where(s => s.Length > 0)
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Invented TREC documents: eight subjects with vocabularies of their own (so which story an article joins does
    /// not hang on the order articles arrive in, which two workers change), varied within a subject, some bodies
    /// repeated word for word.
    /// </summary>
    private string Generate(string name, int from, int count)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        string[][] subjects =
        [
            ["مكتبة", "مخطوطات", "فهرسة", "أرشيف", "قراء", "رفوف", "مجلدات", "ترميم", "نوادر", "مطالعة", "إعارة", "دوريات"],
            ["قطار", "سكة", "قاطرة", "ركاب", "عربات", "تذاكر", "سائق", "قضبان", "إشارات", "مقصورة", "صفارة", "نفق"],
            ["جسر", "معلق", "كابلات", "ضفة", "عبور", "أعمدة", "خرسانة", "مهندسون", "دعامات", "رافعات", "حمولة", "مشاة"],
            ["مستشفى", "أطباء", "جراحة", "ممرضات", "أسرة", "عيادة", "أدوية", "مرضى", "إسعاف", "تخدير", "صيدلية", "أشعة"],
            ["مزرعة", "قمح", "حصاد", "جرارات", "سنابل", "بذور", "سماد", "ري", "بيادر", "مطاحن", "غلال", "فلاحون"],
            ["ميناء", "سفن", "حاويات", "رصيف", "شحن", "بحارة", "مرساة", "قبطان", "رافعة", "جمارك", "منارة", "أمواج"],
            ["مطار", "طائرات", "مدرج", "رحلات", "مسافرين", "حقائب", "بوابات", "طيار", "هبوط", "إقلاع", "برج", "وقود"],
            ["جامعة", "طلاب", "أساتذة", "محاضرات", "تخرج", "مختبرات", "أطروحة", "منح", "كليات", "امتحانات", "عمادة", "بحوث"],
        ];
        for (var i = from; i < from + count; i++)
        {
            var words = subjects[i % subjects.Length];
            var day = 1 + (i % 5);
            var lead = $"{words[0]} {words[1]} {words[2]} {words[3]} {words[4]}.";
            var body = i % 40 == 9
                ? lead
                : $"{lead}\nتناول التقرير {i} {words[5 + (i % 7)]} و{words[5 + ((i * 3) % 7)]} و{words[5 + ((i * 5) % 7)]} ضمن {words[0]} {i * 7}.";
            var text = $"<DOC>\n<DOCNO>w-{i:D5}</DOCNO>\n<SRC>Paper{i % 3}</SRC>\n<TITLE>{words[0]} {words[1]} {i}</TITLE>\n" +
                       $"<TIME>Fri, {day:D2} Jun 2018 09:00:00 +0000</TIME>\n<TEXT>\n{body}\n</TEXT>\n</DOC>\n";
            File.WriteAllText(Path.Combine(folder, $"w-{i:D5}.txt"), text);
        }

        return folder;
    }

    private PostgresTestDatabase Database()
    {
        var database = PostgresTestDatabase.CreateOrSkip();
        databases.Add(database);
        return database;
    }

    /// <summary>Starts <c>marsad ingest</c> on the folder against the database, with an index folder of its own.</summary>
    private Worker Ingest(string input, PostgresTestDatabase database)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                cli, "ingest", input, "--store", database.ConnectionString, "--index", database.NewIndexFolder(),
                "--batch", "40", "--stages", "clean+text", "--threads", "1",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var worker = new Worker(process);
        process.OutputDataReceived += (_, e) => worker.Output(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Output(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    private sealed class Worker(Process process) : IDisposable
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> lines = new();

        public Process Process { get; } = process;

        public void Output(string? line)
        {
            if (line is not null)
            {
                lines.Enqueue(line);
            }
        }

        public int WaitForExitCode()
        {
            if (!Process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                Process.Kill(entireProcessTree: true);
                throw new TimeoutException("ingest did not finish in 10 minutes");
            }

            Process.WaitForExit();
            Assert.True(Process.ExitCode == 0, $"ingest exited with {Process.ExitCode}: {string.Join('\n', lines)}");
            return Process.ExitCode;
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }
    }
}

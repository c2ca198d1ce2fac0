using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Marsad.Server.Tests.Support;
using Xunit.Abstractions;

namespace Marsad.Server.Tests.Load;

public sealed class ConcurrentSearchTests(ApiFactory factory, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    private const int Workers = 8;
    private static readonly TimeSpan MinimumDuration = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan MaximumDuration = TimeSpan.FromSeconds(60);
    private static readonly string[] Queries = ["الزلزال", "سد النهضة", "\"فرق الإنقاذ\"", "مصر OR إيران", "الفائدة", "", "خبر إضافي"];

    [Fact]
    public async Task Eight_concurrent_searchers_see_no_errors_while_an_ingest_runs()
    {
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        var ingestClient = factory.CreateClient();
        ingestClient.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.ApiKey);
        var extra = TestArticles.Extra(40).Select(d => new { id = d.Id, text = d.Text, title = d.Title, outlet = d.Outlet, published = "2018-04-20" }).ToList();
        var ingest = ingestClient.PostAsJsonAsync("/api/ingest", extra);

        var searchers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            var client = factory.CreateClient();
            for (var i = w; (clock.Elapsed < MinimumDuration || !ingest.IsCompleted) && clock.Elapsed < MaximumDuration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(Queries[i % Queries.Length]));
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{(int)response.StatusCode} for query {i % Queries.Length}");
                }
            }
        })).ToList();

        await Task.WhenAll(searchers);
        var report = await HttpAssert.OkJsonAsync(await ingest);

        Assert.Empty(failures);
        Assert.Equal(40, report.GetProperty("added").GetInt32());
        var sorted = latencies.Order().ToArray();
        Assert.True(sorted.Length >= Workers * 5, $"only {sorted.Length} searches ran");
        var p50 = Percentile(sorted, 0.50);
        var p99 = Percentile(sorted, 0.99);
        var line = $"load: {sorted.Length} searches by {Workers} workers in {clock.Elapsed.TotalSeconds:F1} s during an ingest of 40 articles; p50 {p50:F1} ms, p99 {p99:F1} ms";
        output.WriteLine(line);
        Console.WriteLine(line);
        var after = await HttpAssert.OkJsonAsync(await factory.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString("خبر إضافي")));
        Assert.Equal(40, after.GetProperty("total").GetInt32());
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

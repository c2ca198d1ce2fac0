using BenchmarkDotNet.Running;
using Marsad.Bench.Text;

namespace Marsad.Bench;

/// <summary>Runs the hot-path benchmarks: <c>dotnet run -c Release --project bench/Marsad.Bench -- --filter '*'</c>;
/// <c>-- --quick-text</c> gives stopwatch timings of the text layer when the machine is too loaded for BenchmarkDotNet,
/// <c>-- --quick-facts [RUNS]</c> those of the facts stages, <c>-- --quick-link [RUNS]</c> those of the linker, <c>-- --quick-clean [RUNS]</c> those of the clean stage and
/// <c>-- --quick-quotes [RUNS]</c> those of the quotation stage (also steady loads to profile).</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--quick-text"])
        {
            QuickTextTimings.Run(Console.Out);
            return;
        }

        // Quick modes for a loaded machine: the flag, then how many passes over the articles (default 20).
        Action<TextWriter, int>? quick = args is [var flag, ..] ? flag switch
        {
            "--quick-facts" => FactsBenchmarks.QuickTimings,
            "--quick-link" => LinkerBenchmarks.QuickTimings,
            "--quick-clean" => CleanBenchmarks.QuickTimings,
            "--quick-quotes" => QuotesBenchmarks.QuickTimings,
            _ => null,
        } : null;
        if (quick is not null)
        {
            quick(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}

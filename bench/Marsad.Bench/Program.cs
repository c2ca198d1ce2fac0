using BenchmarkDotNet.Running;

namespace Marsad.Bench;

/// <summary>Runs the hot-path benchmarks: <c>dotnet run -c Release --project bench/Marsad.Bench -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

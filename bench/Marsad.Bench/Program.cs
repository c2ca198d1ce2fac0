using BenchmarkDotNet.Running;

namespace Marsad.Bench;

/// <summary>Runs any benchmark class in this assembly: <c>dotnet run -c Release -- --filter '*Token*' --job short</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

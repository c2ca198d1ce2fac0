using System.Text.Json;

namespace Marsad.Tests.Cli;

/// <summary>The CLI's runtime settings that the ingest's wall time rests on (docs/measurements.md, session 17).</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_cli_collects_garbage_on_both_cores_with_the_heap_sized_to_the_live_data()
    {
        // The workstation collector stopped every thread to collect on one: 9–11 s of a two-core ingest with a core idle.
        var path = Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var settings = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(settings.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(1, settings.GetProperty("System.GC.DynamicAdaptationMode").GetInt32());
        Assert.True(settings.GetProperty("System.GC.Concurrent").GetBoolean());
    }
}

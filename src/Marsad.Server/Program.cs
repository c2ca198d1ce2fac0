// The server on its own (dotnet run, and WebApplicationFactory<Program> in tests); `marsad serve` calls
// MarsadServer.CreateApp directly. Settings come from configuration: --Marsad:Store DIR, --Marsad:ApiKey KEY, --urls URL.
var app = Marsad.Server.MarsadServer.CreateApp(null, args);
app.Run();

/// <summary>The entry point, public for WebApplicationFactory.</summary>
public partial class Program;

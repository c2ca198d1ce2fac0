using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marsad.Server.Tests.Support;

/// <summary>The server in memory over its own test store, with ingest enabled by <see cref="ApiKey"/>.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-123";

    private readonly TestStore store = new();

    public TestStore Store => store;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Marsad:Store", store.Folder);
        builder.UseSetting("Marsad:ApiKey", ApiKey);
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            store.Dispose();
        }
    }
}

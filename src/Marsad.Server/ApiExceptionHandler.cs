using Marsad.Search;
using Microsoft.AspNetCore.Diagnostics;

namespace Marsad.Server;

/// <summary>Turns what a caller got wrong into 4xx problem details: a query that does not parse is 400, a body over
/// the limit 413. A store that cannot be read is 503 (the server's fault, not the caller's, and not a crash): a broken
/// SQLite file, or a PostgreSQL store whose errors the store reports as IOException naming it (its server away, its
/// tables gone); anything else stays a 500 without internals.</summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            QuerySyntaxException q => (StatusCodes.Status400BadRequest, "The query does not parse", q.Message),
            BadHttpRequestException b => (b.StatusCode, "Bad request", b.Message),
            Microsoft.Data.Sqlite.SqliteException or IOException => (StatusCodes.Status503ServiceUnavailable, "Store unavailable", "The corpus store cannot be read; the operator has to repair or rebuild it."),
            _ => (0, "", ""),
        };
        if (status == 0)
        {
            return false;
        }

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}

namespace Marsad.Search;

/// <summary>
/// A search query that cannot be run as written (unbalanced quotes or parentheses, a lone operator, too long):
/// a caller error, which the HTTP server answers with 400 and the CLI with exit code 2.
/// </summary>
public sealed class QuerySyntaxException : ArgumentException
{
    public QuerySyntaxException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

namespace Marsad.Tests.TestSupport;

/// <summary>Runs the <c>marsad</c> command line in-process with captured output.</summary>
public static class MarsadCli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Marsad.Cli.Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

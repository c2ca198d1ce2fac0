using Lucene.Net.Analysis;
using Marsad.Knowledge;

namespace Marsad.Text.Lucene;

/// <summary>
/// The Lucene analyzer of Marsad's search index: <see cref="MarsadTokenizer"/> then <see cref="MarsadArabicFilter"/>,
/// so indexing, querying and the pipeline's own matching share one normalisation. والتحالف matches التحالف,
/// أمريكا matches أميركا; offsets are the original ones, for highlighting.
/// </summary>
public sealed class MarsadArabicAnalyzer : Analyzer
{
    private readonly CliticAnalyzer clitics;
    private readonly SpellingVariants variants;

    public MarsadArabicAnalyzer()
        : this(CliticAnalyzer.Default, SpellingVariants.Default)
    {
    }

    public MarsadArabicAnalyzer(ResourceFiles resources)
        : this(new CliticAnalyzer(resources), new SpellingVariants(resources))
    {
    }

    public MarsadArabicAnalyzer(CliticAnalyzer clitics, SpellingVariants variants)
    {
        this.clitics = clitics ?? throw new ArgumentNullException(nameof(clitics));
        this.variants = variants ?? throw new ArgumentNullException(nameof(variants));
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new MarsadTokenizer(reader);
        return new TokenStreamComponents(source, new MarsadArabicFilter(source, clitics, variants));
    }
}

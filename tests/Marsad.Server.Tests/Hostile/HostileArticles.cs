using Marsad.Server.Tests.Support;
using Marsad.Sources;

namespace Marsad.Server.Tests.Hostile;

/// <summary>Invented articles whose headline, outlet and body carry markup that must stay inert text: two
/// outlets carrying the same event (so they form a story) and one more with attribute-breaking quotes.</summary>
public static class HostileArticles
{
    public const string AttributeBreak = "\"><img src=x onerror=alert(11)>";
    public const string ScriptTag = "<script>alert(12)</script>";
    public const string SvgOutlet = "<svg onload=alert(13)>";
    public const string JsLink = "javascript:alert(14)";

    public static IReadOnlyList<RawDocument> All { get; } =
    [
        TestArticles.Doc("hostile-1", SvgOutlet, "2018-04-20", "حريق في ميناء المدينة " + AttributeBreak,
            "الإسكندرية - اندلع حريق كبير في مستودع بميناء المدينة فجر الجمعة وفق الدفاع المدني " + ScriptTag + ".",
            "وقال مدير الميناء " + AttributeBreak + " إن \"النيران أخمدت بعد ثلاث ساعات من العمل " + JsLink + "\".",
            "وأضاف أن التحقيق في أسباب حريق الميناء بدأ صباح الجمعة."),
        TestArticles.Doc("hostile-2", "صحيفة " + ScriptTag, "2018-04-20", ScriptTag + " حريق ميناء المدينة يلتهم مستودعا",
            "الإسكندرية - التهم حريق كبير مستودعا في ميناء المدينة فجر الجمعة قبل أن يخمده الدفاع المدني.",
            "وقال مدير الميناء إن \"فرق الإطفاء أخمدت حريق الميناء بعد ثلاث ساعات\" " + AttributeBreak + ".",
            "وبدأ التحقيق في أسباب حريق الميناء صباح الجمعة."),
        TestArticles.Doc("hostile-3", "'><b onmouseover=alert(15)>", "2018-04-21", "' onmouseover='alert(16)' x='",
            "طنجة - قال رئيس الغرفة التجارية إن \"الصادرات ارتفعت هذا الشهر\" و{{constructor.constructor('alert(17)')()}}.",
            "وأضاف أن ${alert(18)} و</p><iframe src=" + JsLink + "></iframe> لا يعنيان شيئا."),
    ];
}

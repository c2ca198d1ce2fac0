using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Offices added to the shipped knowledge base in session 9: a role standing alone resolves, at two dates, to
/// the two people who held it then (shipped KB and lexicon; invented sentences).</summary>
public class OfficeHoldersAtDateTests
{
    private static string? HolderOf(string title, string date)
    {
        var body = $"وقال {title} في كلمة مسجلة إن المرحلة المقبلة تتطلب الصبر.";
        var article = TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body, DateOnly.Parse(date)));
        return TestKnowledge.EntityMentioning(article, title)?.Id;
    }

    [Theory]
    [InlineData("رئيس مجلس النواب المصري", "2018-04-02", "per:ali-abdel-aal")]
    [InlineData("رئيس مجلس النواب المصري", "2024-11-18", "per:hanafi-gebali")]
    [InlineData("الأمين العام لحزب الله", "2019-05-02", "per:hassan-nasrallah")]
    [InlineData("الأمين العام لحزب الله", "2025-02-10", "per:naim-qassem")]
    [InlineData("رئيس المكتب السياسي لحركة حماس", "2014-03-01", "per:khaled-meshaal")]
    [InlineData("رئيس المكتب السياسي لحركة حماس", "2020-03-01", "per:ismail-haniyeh")]
    [InlineData("زعيم جماعة الحوثي", "2016-01-01", "per:abdul-malik-al-houthi")]
    [InlineData("زعيم جماعة الحوثي", "2024-01-01", "per:abdul-malik-al-houthi")]
    [InlineData("رئيس المجلس السياسي الأعلى", "2017-06-01", "per:saleh-al-sammad")]
    [InlineData("رئيس المجلس السياسي الأعلى", "2021-06-01", "per:mahdi-al-mashat")]
    [InlineData("الزعيم الكوري الشمالي", "2009-06-01", "per:kim-jong-il")]
    [InlineData("الزعيم الكوري الشمالي", "2018-06-01", "per:kim-jong-un")]
    [InlineData("وزير الطاقة السعودي", "2018-12-07", "per:khalid-al-falih")]
    [InlineData("وزير الطاقة السعودي", "2021-04-01", "per:abdulaziz-bin-salman")]
    [InlineData("وزير النفط الإيراني", "2018-12-07", "per:bijan-zanganeh")]
    [InlineData("وزير النفط الإيراني", "2022-04-01", "per:javad-owji")]
    [InlineData("المنسقة الخاصة للأمم المتحدة في لبنان", "2016-05-08", "per:sigrid-kaag")]
    [InlineData("المنسقة الخاصة للأمم المتحدة في لبنان", "2025-03-01", "per:jeanine-hennis-plasschaert")]
    [InlineData("وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية", "2019-03-01", "per:mark-lowcock")]
    [InlineData("وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية", "2022-03-01", "per:martin-griffiths")]
    [InlineData("مستشار الأمن القومي الأمريكي", "2018-09-01", "per:john-bolton")]
    [InlineData("مستشار الأمن القومي الأمريكي", "2022-09-01", "per:jake-sullivan")]
    [InlineData("قائد الحرس الثوري الإيراني", "2016-09-01", "per:mohammad-ali-jafari")]
    [InlineData("قائد الحرس الثوري الإيراني", "2022-09-01", "per:hossein-salami")]
    [InlineData("قائد فيلق القدس", "2017-09-01", "per:qasem-soleimani")]
    [InlineData("قائد فيلق القدس", "2022-09-01", "per:esmail-qaani")]
    [InlineData("رئيس أركان الجيش الإسرائيلي", "2017-09-01", "per:gadi-eisenkot")]
    [InlineData("رئيس أركان الجيش الإسرائيلي", "2024-01-10", "per:herzi-halevi")]
    [InlineData("زعيم تنظيم القاعدة", "2008-01-01", "per:osama-bin-laden")]
    [InlineData("زعيم تنظيم القاعدة", "2015-01-01", "per:ayman-al-zawahiri")]
    [InlineData("وزير الخارجية البحريني", "2017-01-01", "per:khalid-bin-ahmed-al-khalifa")]
    [InlineData("وزير الخارجية البحريني", "2021-01-01", "per:abdullatif-al-zayani")]
    [InlineData("وزير الخارجية التونسي", "2018-01-01", "per:khemaies-jhinaoui")]
    [InlineData("وزير الخارجية التونسي", "2021-01-01", "per:othman-jerandi")]
    [InlineData("وزير الخارجية الأوكراني", "2017-01-01", "per:pavlo-klimkin")]
    [InlineData("وزير الخارجية الأوكراني", "2021-01-01", "per:dmytro-kuleba")]
    [InlineData("وزير الدفاع الأوكراني", "2022-06-01", "per:oleksii-reznikov")]
    [InlineData("وزير الدفاع الأوكراني", "2024-06-01", "per:rustem-umerov")]
    [InlineData("وزير الخارجية الفلسطيني", "2016-01-01", "per:riyad-al-maliki")]
    [InlineData("المدير العام لمنظمة الصحة العالمية", "2015-06-01", "per:margaret-chan")]
    [InlineData("المدير العام لمنظمة الصحة العالمية", "2020-06-01", "per:tedros-adhanom")]
    public void A_role_alone_is_its_holder_at_the_articles_date(string title, string date, string holder) =>
        Assert.Equal(holder, HolderOf(title, date));

    [Fact]
    public void Between_two_terms_with_no_known_holder_the_role_stays_unlinked() =>
        Assert.Null(HolderOf("رئيس المكتب السياسي لحركة حماس", "2025-06-01"));

    [Fact]
    public void A_title_written_longer_than_the_office_it_begins_is_not_that_office()
    {
        const string body = "وقال فهد بن سالم العامري وزير النفط والغاز إن بلاده ستخفض الإنتاج، ورحب خالد الفالح بالقرار.";
        var article = TestKnowledge.LinkTagged(body, new DateOnly(2018, 12, 7), ("فهد بن سالم العامري", EntityType.PERS), ("خالد الفالح", EntityType.PERS));
        Assert.DoesNotContain("per:khalid-al-falih", article.IdsOf("وزير النفط"));
    }
}

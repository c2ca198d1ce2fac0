using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Error classes counted across every development half in session 15 (the thirteenth set's half included): a role
/// written after a person's name with no comma («الاسم مستشار … والمتحدث الرسمي …») that a later bare role refers back
/// to; a noun with a possessive after a role («مدرب الفريق سعادته») taken for the holder's name; an unnamed-source head
/// that is also a role («مسؤولة … في الأمم المتحدة» + a name) closed by the holder's name; a speaker phrase or an
/// organisation's cap that stopped inside the name of an entity the linker found («… الخليج العربي | للنفط»); a role with
/// no name whose genitive is a country («مفتي المملكة …») named as the country; an occasion inside a source after the
/// clause («، وفق ما أعلنته الوزارة في بيان رسمي») kept in the speaker. Sentences written for these tests.
/// </summary>
public sealed class UnseenThirteenClassesTests
{
    [Fact]
    public void A_role_written_after_the_name_resolves_a_later_bare_role_and_the_quotes_that_inherit_it()
    {
        var quotes = FindLinked(string.Join('\n',
            "أكد الدكتور سالم بن راشد المطيري مستشار رئيس الحكومة والمتحدث الرسمي لوزارة الداخلية أن الحدود ستفتح الأسبوع المقبل.",
            "وأوضح المتحدث الرسمي أن اللجان الفنية أنهت عملها.",
            "وأشار في تصريحه إلى أن القوافل الأولى ستصل صباح الأحد."));
        Assert.Equal(3, quotes.Length);
        Assert.Equal("المتحدث الرسمي", quotes[1].Speaker.Mention);
        Assert.All(quotes, q => Assert.Equal("سالم بن راشد المطيري", q.Speaker.Name));
    }

    [Fact]
    public void A_bare_role_with_no_one_named_in_that_role_stays_the_role()
    {
        var quotes = FindLinked(string.Join('\n',
            "أكد الدكتور سالم بن راشد المطيري أن الحدود ستفتح الأسبوع المقبل.",
            "وأوضح المتحدث الرسمي أن اللجان الفنية أنهت عملها."));
        Assert.Equal(2, quotes.Length);
        Assert.Equal("المتحدث الرسمي", quotes[1].Speaker.Name);
    }

    [Fact]
    public void A_noun_with_a_possessive_after_a_role_is_no_name_for_a_later_bare_role()
    {
        var quotes = FindLinked(string.Join('\n',
            "لم يخف مدرب النادي البرازيلي سعادته بعد الفوز بالكأس مساء أمس.",
            "وقال المدرب البرازيلي إن اللاعبين قدموا مباراة كبيرة.",
            "وتابع أن الجماهير كانت اللاعب الأهم في الملعب."));
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.NotEqual("سعادته", q.Speaker.Name));
        Assert.Equal("المدرب البرازيلي", quotes[0].Speaker.Mention);
    }

    [Fact]
    public void A_role_like_source_head_closed_by_a_name_is_that_person()
    {
        var q = FindLinked("وقالت مسؤولة الشؤون الإنسانية في الأمم المتحدة ليلى حداد إن المساعدات تأخرت كثيرا.").Single();
        Assert.Equal("ليلى حداد", q.Speaker.Name);
        Assert.Equal("مسؤولة الشؤون الإنسانية في الأمم المتحدة ليلى حداد", q.Speaker.Mention);
    }

    [Theory]
    [InlineData("وقال مصدر مقرب من الرئيس سمير حداد إن الاجتماع تأجل.", "مصدر مقرب من الرئيس سمير حداد")]
    [InlineData("وقال مسؤول مقرب من الوزير سمير حداد إن الاجتماع تأجل.", "مسؤول مقرب من الوزير سمير حداد")]
    [InlineData("وقال متحدث باسم رئيس الوزراء سمير حداد إن الاجتماع تأجل.", "متحدث باسم رئيس الوزراء سمير حداد")]
    public void A_name_in_the_genitive_of_an_unnamed_sources_relation_or_role_leaves_the_source_unnamed(string sentence, string speaker)
    {
        var q = FindLinked(sentence).Single();
        Assert.Equal(speaker, q.Speaker.Name);
    }

    [Fact]
    public void A_speaker_phrase_runs_to_the_end_of_the_entity_name_it_holds()
    {
        var q = FindLinked("وقال مدير عام شركة الخليج العربي للنفط إن الحقول جاهزة للتصدير.").Single();
        Assert.Equal("مدير عام شركة الخليج العربي للنفط", q.Speaker.Mention);
        Assert.Equal("الحقول جاهزة للتصدير", q.Text);
    }

    [Fact]
    public void A_name_the_tagger_ran_onto_the_complementizer_does_not_swallow_the_report()
    {
        // The tagger reads «خالد العمري بأن» as one name: the phrase may not run to its end, or the report is lost.
        var q = FindLinked("صرح رئيس مجلس النواب الأردني خالد العمري بأن المجلس سيبحث قانون الضرائب في دورته المقبلة.").Single();
        Assert.Equal("المجلس سيبحث قانون الضرائب في دورته المقبلة", q.Text);
        Assert.Contains("خالد العمري", q.Speaker.Mention);
    }

    [Fact]
    public void An_organisations_cap_before_an_object_does_not_fall_inside_its_name()
    {
        var q = FindLinked("ودعت المفوضية السامية للأمم المتحدة لشؤون اللاجئين الدول المجاورة إلى فتح حدودها أمام الفارين.").Single();
        Assert.Equal("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", q.Speaker.Mention);
        Assert.StartsWith("الدول المجاورة", q.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وقال مفتي المملكة الأردنية الهاشمية، في تصريح للصحفيين، إن المؤتمر ناجح، مشيرا إلى أن الدورة المقبلة ستعقد في عمان.", "مفتي المملكة الأردنية الهاشمية")]
    [InlineData("وقال سفير الولايات المتحدة إن المحادثات مثمرة، مشيرا إلى أن الجولة المقبلة ستعقد قريبا.", "سفير الولايات المتحدة")]
    public void A_role_whose_genitive_is_a_country_speaks_as_the_unnamed_official_not_the_country(string body, string speaker)
    {
        var quotes = FindLinked(body);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal(speaker, q.Speaker.Name));
    }

    [Fact]
    public void An_occasion_after_a_source_written_after_the_clause_is_no_part_of_the_speaker()
    {
        var q = FindLinked("وارتفعت أسعار الخبز بنسبة 5 في المئة، وفق ما أعلنته الوزارة في بيان رسمي.").Single();
        Assert.Equal("الوزارة", q.Speaker.Mention);
        Assert.EndsWith("بنسبة 5 في المئة", q.Text, StringComparison.Ordinal);
    }
}

using Marsad.Corpus;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Search;

namespace Marsad.Tests.Corpus;

public sealed class StoryTests : IDisposable
{
    private static readonly (string, string, EntityType)[] Summit = [("loc:geneva", "جنيف", EntityType.LOC), ("org:un", "الأمم المتحدة", EntityType.ORG)];

    /// <summary>Outlet style left out (the default since session 5: see <see cref="StoryOptions"/>).</summary>
    private static readonly StoryOptions WithoutOutletStyle = StoryOptions.Default with { SkipOutletStyle = true };

    /// <summary>Outlet style kept (the option off).</summary>
    private static readonly StoryOptions WithOutletStyle = StoryOptions.Default with { SkipOutletStyle = false };

    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void Reports_of_one_event_from_several_outlets_form_one_story_and_another_event_its_own()
    {
        using var corpus = store.Open();
        corpus.Add([
            CorpusArticles.Make("a1", "انطلقت في جنيف اليوم محادثات السلام برعاية الأمم المتحدة بين وفدي الحكومة والمعارضة.", "انطلاق محادثات السلام في جنيف", "Outlet A", "2018-03-10", Summit),
            CorpusArticles.Make("b1", "بدأت محادثات السلام في جنيف بحضور المبعوث الخاص للأمم المتحدة ووفدي الحكومة والمعارضة.", "محادثات السلام تبدأ في جنيف", "Outlet B", "2018-03-10", Summit),
            CorpusArticles.Make("c1", "فاز نادي المدينة على ضيفه بثلاثة أهداف نظيفة في الدوري المحلي لكرة القدم.", "نادي المدينة يفوز بثلاثية", "Outlet C", "2018-03-10"),
            CorpusArticles.Make("c2", "تواصلت محادثات السلام في جنيف لليوم الثاني وسط تفاؤل حذر من الأمم المتحدة.", "اليوم الثاني من محادثات جنيف", "Outlet C", "2018-03-11", Summit),
        ]);

        var stories = corpus.Stories(minArticles: 1);
        var peace = Assert.Single(stories, s => s.Articles.Contains("a1"));
        Assert.Equal(["a1", "b1", "c2"], peace.Articles.Order().AsEnumerable());
        Assert.Equal(["Outlet A", "Outlet B", "Outlet C"], peace.Outlets.AsEnumerable());
        Assert.Contains("loc:geneva", peace.Entities);
        Assert.Equal(new DateOnly(2018, 3, 10), peace.First);
        Assert.Equal(new DateOnly(2018, 3, 11), peace.Last);
        Assert.DoesNotContain("c1", peace.Articles);
        Assert.Single(stories, s => s.Articles.SequenceEqual(["c1"]));
    }

    [Fact]
    public void The_same_words_weeks_apart_start_a_new_story()
    {
        using var corpus = store.Open();
        corpus.Add([
            CorpusArticles.Make("a", "انطلقت في جنيف اليوم محادثات السلام برعاية الأمم المتحدة.", "محادثات السلام في جنيف", "A", "2018-03-10", Summit),
            CorpusArticles.Make("b", "انطلقت في جنيف اليوم جولة محادثات السلام برعاية الأمم المتحدة.", "محادثات السلام في جنيف", "B", "2018-04-20", Summit),
        ]);
        Assert.Equal(2, corpus.Stories(minArticles: 1).Length);
    }

    [Fact]
    public void A_story_summary_draws_sentences_from_several_outlets_and_names_each_source()
    {
        using var corpus = store.Open();
        corpus.Add([
            CorpusArticles.Make("a1", "انطلقت في جنيف اليوم محادثات السلام برعاية الأمم المتحدة بين وفدي الحكومة والمعارضة.\nوتستمر المحادثات أسبوعا.", "انطلاق محادثات السلام في جنيف", "Outlet A", "2018-03-10", Summit),
            CorpusArticles.Make("b1", "بدأت محادثات السلام في جنيف بحضور المبعوث الخاص للأمم المتحدة ووفدي الحكومة والمعارضة.\nوعبر المبعوث عن أمله بنتائج سريعة.", "محادثات السلام تبدأ في جنيف", "Outlet B", "2018-03-10", Summit),
        ]);
        var story = Assert.Single(corpus.Stories());
        Assert.True(story.Summary.Length >= 2);
        Assert.Equal(2, story.Summary.Select(s => s.Outlet).Distinct().Count());
        foreach (var sentence in story.Summary)
        {
            var article = corpus.GetArticle(sentence.Article);
            Assert.NotNull(article);
            Assert.Contains(sentence.Text, article!.Body);
            Assert.Equal(article.Source.Outlet, sentence.Outlet);
        }

        var again = corpus.GetStory(story.Id);
        Assert.Equal(story.Articles.AsEnumerable(), again!.Articles.AsEnumerable());
        Assert.Equal(story.Title, again.Title);
    }

    [Fact]
    public void Stories_are_filtered_by_date_range()
    {
        using var corpus = store.Open();
        corpus.Add([
            CorpusArticles.Make("a", "انطلقت في جنيف اليوم محادثات السلام برعاية الأمم المتحدة.", "محادثات جنيف", "A", "2018-03-10", Summit),
            CorpusArticles.Make("b", "فاز نادي المدينة على ضيفه بثلاثة أهداف نظيفة في الدوري.", "نادي المدينة يفوز", "B", "2018-03-20"),
        ]);
        var march10 = corpus.Stories(new DateOnly(2018, 3, 9), new DateOnly(2018, 3, 11), minArticles: 1);
        Assert.Equal(["a"], Assert.Single(march10).Articles.AsEnumerable());
    }

    [Fact]
    public void An_in_body_dateline_names_the_desk_not_the_event_and_is_left_out_of_the_story_vector()
    {
        var body = "دبي، الإمارات (المنبر)— أعلنت وزارة الصحة في كيتو ارتفاع عدد المصابين بالحمى إلى مئة وعشرين.";
        Assert.Equal(body.IndexOf("أعلنت", StringComparison.Ordinal), StoryLead.DatelineEnd(body));
        Assert.Equal(0, StoryLead.DatelineEnd("أعلنت الوزارة (في بيان) أن العدد ارتفع."));
        Assert.Equal(0, StoryLead.DatelineEnd(""));

        var article = CorpusArticles.Make("d1", body, "الحمى تنتشر في كيتو", "المنبر", "2018-03-10",
            [("loc:dubai", "دبي", EntityType.LOC), ("loc:quito", "كيتو", EntityType.LOC)]);
        var terms = StoryClusterer.TermCounts(SearchAnalyzers.CreateForStories(), WithoutOutletStyle, article);
        Assert.Contains(StoryEntityTerms.Term("loc:quito", StoryOptions.Default), terms.Keys);
        Assert.DoesNotContain(StoryEntityTerms.Term("loc:dubai", StoryOptions.Default), terms.Keys);
        Assert.Equal(terms, StoryClusterer.TermCounts(SearchAnalyzers.CreateForStories(), StoryOptions.Default, article));
        var withDateline = StoryClusterer.TermCounts(SearchAnalyzers.CreateForStories(), WithOutletStyle, article);
        Assert.Contains(StoryEntityTerms.Term("loc:dubai", StoryOptions.Default), withDateline.Keys);
    }

    [Fact]
    public void Outlet_style_words_are_not_story_terms_and_a_quoted_speaker_is_one()
    {
        var article = CorpusArticles.Make("v1", "قال الناطق باسم البلدية سالم الهادي إن المياه ستعود غدا إلى الأحياء الشرقية.", "شاهد بالفيديو: انقطاع المياه في الأحياء الشرقية", "المنبر", "2018-03-10",
            quotes: [("سالم الهادي", null, "المياه ستعود غدا إلى الأحياء الشرقية")]);
        var analyzer = SearchAnalyzers.CreateForStories();
        var terms = StoryClusterer.TermCounts(analyzer, WithoutOutletStyle with { SpeakerTermWeight = 1.5 }, article);
        foreach (var word in SearchAnalyzers.Terms(analyzer, "شاهد بالفيديو", SearchFields.Headline))
        {
            Assert.DoesNotContain(word, terms.Keys);
        }

        Assert.Contains(terms.Keys, t => t.StartsWith(StoryEntityTerms.Prefix, StringComparison.Ordinal));
        var withoutSpeakers = StoryClusterer.TermCounts(analyzer, WithoutOutletStyle, article);
        Assert.DoesNotContain(withoutSpeakers.Keys, t => t.StartsWith(StoryEntityTerms.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_caption_scores_by_the_share_of_its_words_the_story_holds()
    {
        var analyzer = SearchAnalyzers.CreateForStories();
        var longReport = CorpusArticles.Make("l1",
            "اندلع حريق كبير في مستودع للأخشاب في ميناء المدينة الشمالي فجر اليوم، وهرعت فرق الدفاع المدني إلى المكان. " +
            "وقال مسؤول في الميناء إن الحريق امتد إلى ثلاثة مخازن مجاورة وإن سبب اندلاعه لم يعرف بعد، فيما أغلقت الشرطة الطرق المؤدية إلى الرصيف. " +
            "وأضاف أن الخسائر المادية كبيرة وأن التحقيق بدأ لمعرفة ملابسات الحادث الذي أثار ذعر السكان في الأحياء القريبة من الساحل. " +
            "وأشار إلى أن رجال الإطفاء احتاجوا إلى خمس ساعات للسيطرة على النيران بعد أن ساعدتهم الرياح الهادئة على منع امتدادها إلى السفن الراسية.",
            "حريق ضخم يلتهم مستودع أخشاب في الميناء الشمالي", "A", "2018-03-10");
        var caption = CorpusArticles.Make("c1", "ألسنة اللهب تتصاعد من مستودع الأخشاب في الميناء.", "حريق مستودع الأخشاب", "B", "2018-03-10");
        var other = CorpusArticles.Make("o1", "افتتح وزير التعليم مدرسة جديدة في القرية الجنوبية بحضور الأهالي والطلاب.", "افتتاح مدرسة في القرية الجنوبية", "C", "2018-03-10");

        // A story told at length has a broad centroid: the caption's cosine with it is low although every one of its
        // event words is in it; coverage (the share of the caption's own vector the story holds) is not.
        var options = StoryOptions.Default with { CoverageWeight = 1.0 };
        var clusterer = new StoryClusterer(analyzer, options);
        clusterer.Assign(other);
        var fire = clusterer.Assign(longReport);
        var story = Assert.Single(clusterer.TakeChanges().Stories, s => s.Id == fire);
        var vector = clusterer.Vector(caption);
        var date = caption.Published!.Value;
        var cosine = clusterer.Score(vector, [], date, story, shortArticle: false);
        var withCoverage = clusterer.Score(vector, [], date, story, shortArticle: true);
        Assert.True(withCoverage > cosine, $"coverage {withCoverage:F3} should lift the cosine {cosine:F3}");
        Assert.True(withCoverage >= options.Threshold, $"{withCoverage:F3}");
        Assert.True(caption.Body.Length < options.CoverageMaxChars && longReport.Body.Length >= options.CoverageMaxChars);
    }

    [Theory]
    [InlineData("per:samer-al-ali", true)]
    [InlineData("per:emmanuel-macron", false)]
    public void A_follow_up_naming_the_subject_most_members_name_early_scores_a_bonus_unless_he_holds_an_office(string personId, bool bonus)
    {
        // Three reports of one affair that all name its subject, then a follow-up worded around a new fact. The subject
        // counts as evidence only when the knowledge base lists no office for him: a president acts in many events.
        var person = (personId, "سامر العلي", EntityType.PERS);
        var affair = new[]
        {
            CorpusArticles.Make("m1", "سامر العلي الكاتب المعروف اختفى بعد دخوله مبنى السفارة في العاصمة ولم يظهر منذ ذلك الحين.", "اختفاء الكاتب سامر العلي", "A", "2018-03-10", [person]),
            CorpusArticles.Make("m2", "سامر العلي لم يظهر منذ دخوله مبنى السفارة في العاصمة وأسرته تطالب بالكشف عن مصيره.", "أسرة سامر العلي تطالب بكشف مصيره", "B", "2018-03-10", [person]),
            CorpusArticles.Make("m3", "سامر العلي ما زال مختفيا بعد دخوله مبنى السفارة والشرطة تفتش المبنى في العاصمة.", "الشرطة تفتش السفارة بحثا عن سامر العلي", "C", "2018-03-10", [person]),
        };
        var followUp = CorpusArticles.Make("f1", "سامر العلي: البرلمان يدعو إلى لجنة دولية مستقلة للتحقيق وتعليق صفقات السلاح.", "البرلمان يطالب بلجنة تحقيق دولية", "D", "2018-03-10", [person]);

        var on = ScoreAgainstAffair(StoryOptions.Default with { CoreEntityBonus = 0.05 });
        var off = ScoreAgainstAffair(StoryOptions.Default with { CoreEntityBonus = 0 });
        Assert.Equal(bonus ? 0.05 : 0, on - off, 6);

        double ScoreAgainstAffair(StoryOptions options)
        {
            var clusterer = new StoryClusterer(SearchAnalyzers.CreateForStories(), options);
            var ids = affair.Select(clusterer.Assign).Distinct().ToList();
            var story = Assert.Single(ids);
            var score = double.NaN;
            clusterer.Trace = (article, scores) => score = scores.Single(s => s.Story == story).Score;
            clusterer.Assign(followUp);
            return score;
        }
    }

    [Theory]
    [InlineData(new[] { "2018-05-08", "2018-05-08", "2018-05-08" }, true, "loc:wadi-al-reem", true)]
    [InlineData(new[] { "2018-05-06", "2018-05-07", "2018-05-08" }, true, "loc:wadi-al-reem", false)]
    [InlineData(new[] { "2018-05-08", "2018-05-08", "2018-05-08" }, false, "loc:wadi-al-reem", false)]
    [InlineData(new[] { "2018-05-08", "2018-05-08", "2018-05-08" }, true, "per:emmanuel-macron", false)]
    public void A_follow_up_joins_a_large_story_at_the_lower_threshold_only_if_it_grew_large_lately_and_the_follow_up_names_its_setting(string[] memberDates, bool namesTheSetting, string settingId, bool joins)
    {
        // Three reports of a flood (equal words, so they join one another at a high threshold even a day apart), then a
        // follow-up the next day worded around its own new fact: it scores between the lower threshold of a large story
        // and the plain one, so it joins only while the story counts as large around its date and it names the story's
        // setting early — not a person the knowledge base lists in an office (he acts in many events).
        var valley = (settingId, "وادي الريم", settingId.StartsWith("per:", StringComparison.Ordinal) ? EntityType.PERS : EntityType.LOC);
        var options = StoryOptions.Default with { Threshold = 0.7, LargeStoryThreshold = 0.05, LargeStorySize = 3, LargeStoryWindowDays = 2, LargeStorySharedCore = 1, MergeThreshold = 0, RareTermBonus = 0 };
        var clusterer = new StoryClusterer(SearchAnalyzers.CreateForStories(), options);
        var members = memberDates.Select((date, i) => clusterer.Assign(CorpusArticles.Make(
            $"m{i}", "غمرت مياه السيول قرى وادي الريم بعد أمطار غزيرة وأجلت فرق الدفاع المدني مئات العائلات.", "سيول تغمر قرى وادي الريم", "A", date, [valley]))).Distinct().ToList();
        var story = Assert.Single(members);

        var followUpBody = namesTheSetting
            ? "وادي الريم: الحكومة تقر صرف تعويضات عاجلة للمزارعين وتعد بإعادة بناء الجسور التي جرفتها السيول."
            : "الحكومة تقر صرف تعويضات عاجلة للمزارعين وتعد بإعادة بناء الجسور التي جرفتها السيول الأخيرة.";
        var score = double.NaN;
        clusterer.Trace = (article, scores) => score = scores.Single(s => s.Story == story).Score;
        var placed = clusterer.Assign(CorpusArticles.Make("f", followUpBody, "تعويضات عاجلة بعد السيول", "B", "2018-05-09", namesTheSetting ? [valley] : []));

        Assert.InRange(score, 0.05, 0.7);
        Assert.Equal(joins, placed == story);
    }

    [Theory]
    [InlineData("loc:france", "loc:france", true)]
    [InlineData("loc:germany", "loc:germany", false)]
    [InlineData("loc:germany", "loc:france", false)]
    public void A_follow_up_naming_only_a_head_of_state_joins_a_large_story_at_the_lower_threshold_only_if_he_leads_its_setting(string setting, string secondPlace, bool joins)
    {
        // Three reports of a strike that all name a president and the country it takes place in, then a follow-up that
        // names only the president early: he counts as the story's shared subject when he heads the story's setting (its
        // most named place), not when the strike is abroad, nor when his country is named by fewer members than another.
        var president = ("per:emmanuel-macron", "ماكرون", EntityType.PERS);
        var place = (setting, "البلد", EntityType.LOC);
        var other = (secondPlace, "البلد الآخر", EntityType.LOC);
        var options = StoryOptions.Default with { Threshold = 0.7, LargeStoryThreshold = 0.05, LargeStorySize = 3, LargeStoryWindowDays = 2, LargeStorySharedCore = 1, MergeThreshold = 0, RareTermBonus = 0 };
        var clusterer = new StoryClusterer(SearchAnalyzers.CreateForStories(), options);
        const string Body = "ماكرون يتابع إضراب عمال السكك الحديدية الذي شل حركة القطارات لليوم الثالث في البلد.";
        var members = new[]
        {
            clusterer.Assign(CorpusArticles.Make("m1", Body, "إضراب السكك الحديدية يتواصل", "A", "2018-05-08", [president, place, other])),
            clusterer.Assign(CorpusArticles.Make("m2", Body, "إضراب السكك الحديدية يتواصل", "B", "2018-05-08", [president, place, other])),
            clusterer.Assign(CorpusArticles.Make("m3", Body, "إضراب السكك الحديدية يتواصل", "C", "2018-05-08", [president, place])),
        }.Distinct().ToList();
        var story = Assert.Single(members);

        var score = double.NaN;
        clusterer.Trace = (article, scores) => score = scores.Single(s => s.Story == story).Score;
        var placed = clusterer.Assign(CorpusArticles.Make("f", "ماكرون: الحكومة ستعرض على نقابات عمال السكك الحديدية خطة جديدة لتمويل الرواتب والتقاعد.", "عرض جديد لنقابات السكك الحديدية", "D", "2018-05-09", [president]));

        Assert.InRange(score, 0.05, 0.7);
        Assert.Equal(joins, placed == story);
    }

    [Theory]
    [InlineData(true, "loc:amman", "عمان", true)]
    [InlineData(false, "loc:amman", "عمان", false)]
    [InlineData(true, "loc:cairo", "القاهرة", false)]
    public void A_follow_up_naming_only_a_city_of_the_story_s_country_joins_a_large_story_at_the_lower_threshold_when_cities_stand_for_their_country(bool citiesStandForCountry, string cityId, string cityName, bool joins)
    {
        // Three reports of a strike that name the country it takes place in, then a follow-up that names early only a
        // city: when cities stand for their country, the capital of that country is the story's setting and the
        // follow-up joins at the lower threshold of a large story; a city of another country is not.
        var country = ("loc:jordan", "الأردن", EntityType.LOC);
        var city = (cityId, cityName, EntityType.LOC);
        var options = StoryOptions.Default with { Threshold = 0.7, LargeStoryThreshold = 0.05, LargeStorySize = 3, LargeStoryWindowDays = 2, LargeStorySharedCore = 1, MergeThreshold = 0, RareTermBonus = 0, CitiesStandForCountry = citiesStandForCountry };
        var clusterer = new StoryClusterer(SearchAnalyzers.CreateForStories(), options);
        const string Body = "يتواصل إضراب المعلمين في الأردن لليوم الرابع وسط مطالب بزيادة الأجور وتحسين ظروف العمل في المدارس.";
        var members = Enumerable.Range(1, 3)
            .Select(i => clusterer.Assign(CorpusArticles.Make($"m{i}", Body, "إضراب المعلمين يتواصل", $"O{i}", "2018-05-08", [country])))
            .Distinct().ToList();
        var story = Assert.Single(members);

        var score = double.NaN;
        clusterer.Trace = (article, scores) => score = scores.Single(s => s.Story == story).Score;
        var followUp = $"{cityName}: نقابة المعلمين تدعو إلى اعتصام دعما للإضراب أمام الوزارة وتطالب بجدول زمني لصرف العلاوات.";
        var placed = clusterer.Assign(CorpusArticles.Make("f", followUp, "إضراب المعلمين: النقابة تدعو إلى اعتصام", "D", "2018-05-09", [city]));

        Assert.InRange(score, 0.05, 0.7);
        Assert.Equal(joins, placed == story);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, false, false)]
    [InlineData(true, true, false)]
    public void A_head_of_state_stands_for_a_story_whose_members_name_only_his_capital_when_cities_stand_for_their_country(bool citiesStandForCountry, bool membersNameAnotherCountry, bool joins)
    {
        // Three reports of a strike that name a president and his capital (never the country), then a follow-up that
        // names only the president early: the capital makes his country the story's setting, so he stands for it — but
        // not when the reports also name another country (a visit to the capital is not set in the host country).
        var president = ("per:emmanuel-macron", "ماكرون", EntityType.PERS);
        var capital = ("loc:paris", "باريس", EntityType.LOC);
        var elsewhere = ("loc:germany", "ألمانيا", EntityType.LOC);
        var options = StoryOptions.Default with { Threshold = 0.7, LargeStoryThreshold = 0.05, LargeStorySize = 3, LargeStoryWindowDays = 2, LargeStorySharedCore = 1, MergeThreshold = 0, RareTermBonus = 0, CitiesStandForCountry = citiesStandForCountry };
        var clusterer = new StoryClusterer(SearchAnalyzers.CreateForStories(), options);
        const string Body = "ماكرون يتابع إضراب عمال السكك الحديدية الذي شل حركة القطارات في باريس لليوم الثالث مع ألمانيا.";
        var members = Enumerable.Range(1, 3)
            .Select(i => clusterer.Assign(CorpusArticles.Make($"m{i}", Body, "إضراب السكك الحديدية يتواصل", $"O{i}", "2018-05-08", membersNameAnotherCountry ? [president, capital, elsewhere] : [president, capital])))
            .Distinct().ToList();
        var story = Assert.Single(members);

        var score = double.NaN;
        clusterer.Trace = (article, scores) => score = scores.Single(s => s.Story == story).Score;
        var placed = clusterer.Assign(CorpusArticles.Make("f", "ماكرون: الحكومة ستعرض على نقابات عمال السكك الحديدية خطة جديدة لتمويل الرواتب والتقاعد.", "عرض جديد لنقابات السكك الحديدية", "D", "2018-05-09", [president]));

        Assert.InRange(score, 0.05, 0.7);
        Assert.Equal(joins, placed == story);
    }

    [Fact]
    public void The_shipped_place_data_puts_capitals_in_their_country_and_leaves_disputed_cities_out()
    {
        Assert.Equal("loc:jordan", StoryPlaces.CountryOf("loc:amman"));
        Assert.Equal("loc:egypt", StoryPlaces.CountryOf("loc:cairo"));
        Assert.Null(StoryPlaces.CountryOf("loc:jerusalem"));
        Assert.Null(StoryPlaces.CountryOf("loc:jordan"));
    }

    [Fact]
    public void A_report_naming_only_a_province_is_set_in_the_country_it_lies_in()
    {
        var entities = new HashSet<string>(StringComparer.Ordinal) { "loc:eastern-ghouta", "org:sohr" };
        StoryPlaces.AddCountryOfCities(entities);
        Assert.Contains("loc:syria", entities);

        Assert.Equal("loc:yemen", StoryPlaces.CountryOf("loc:hadramawt"));
        Assert.Equal("loc:egypt", StoryPlaces.CountryOf("loc:north-sinai"));
        Assert.Equal("loc:usa", StoryPlaces.CountryOf("loc:texas"));
        Assert.Null(StoryPlaces.CountryOf("loc:golan"));
        Assert.Null(StoryPlaces.CountryOf("loc:crimea"));
        Assert.Null(StoryPlaces.CountryOf("loc:laayoune"));
    }

    [Fact]
    public void A_user_knowledge_folder_adds_and_overrides_the_country_of_a_place()
    {
        var folder = Directory.CreateTempSubdirectory("marsad-places-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "kb"));
            File.WriteAllText(Path.Combine(folder.FullName, "kb", "place-countries.tsv"), "place_id\tcountry_id\nloc:my-town\tloc:jordan\nloc:cairo\tloc:my-country\n");
            var places = StoryPlaces.Read(new ResourceFiles(folder.FullName));
            Assert.Equal("loc:jordan", places["loc:my-town"]);
            Assert.Equal("loc:my-country", places["loc:cairo"]);
            Assert.Equal("loc:jordan", places["loc:amman"]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("per:samer-al-ali", 2, true)]
    [InlineData("per:samer-al-ali", 0, false)]
    [InlineData("per:samer-al-ali", 1, false)]
    [InlineData("per:emmanuel-macron", 2, false)]
    public void A_small_story_the_article_could_also_join_merges_into_the_large_affair_when_both_are_about_its_subject(string personId, int bridgeMaxSmall, bool merges)
    {
        // A speech by the protests' leader starts a story of its own; then three reports of the protests, worded apart
        // from it, make a large story; then a second report of the speech that names the valley early clears both the
        // speech's plain threshold and the protests' lowered one. The speech is a piece of the affair when its leader is
        // core to both and holds no office (a president named by both acts in many events), and the piece is small.
        var leader = (personId, "سامر العلي", EntityType.PERS);
        var valley = ("loc:wadi-al-reem", "وادي الريم", EntityType.LOC);
        var options = StoryOptions.Default with { Threshold = 0.5, LargeStoryThreshold = 0.05, LargeStorySize = 3, LargeStoryWindowDays = 2, LargeStorySharedCore = 1, MergeThreshold = 0, RareTermBonus = 0, BridgeMaxSmall = bridgeMaxSmall };
        var clusterer = new StoryClusterer(SearchAnalyzers.CreateForStories(), options);
        var speech = clusterer.Assign(CorpusArticles.Make("s1", "سامر العلي يلقي خطابا أمام أنصاره في الساحة الكبرى ويدعو إلى الحوار والهدوء.", "خطاب سامر العلي أمام أنصاره", "A", "2018-05-08", [leader]));
        const string Protests = "احتجاجات واسعة في وادي الريم على غلاء الأسعار والمتظاهرون يرددون هتافات سامر العلي ضد الحكومة.";
        var affair = new[] { "B", "C", "D" }.Select(outlet => clusterer.Assign(CorpusArticles.Make("p" + outlet, Protests, "احتجاجات على الغلاء في وادي الريم", outlet, "2018-05-08", [valley, leader]))).Distinct().ToList();
        Assert.NotEqual(speech, Assert.Single(affair));

        var scores = new Dictionary<long, double>();
        clusterer.Trace = (article, candidates) =>
        {
            foreach (var (story, score) in candidates)
            {
                scores[story] = score;
            }
        };
        clusterer.Assign(CorpusArticles.Make("s2", "وادي الريم: سامر العلي يلقي خطابا أمام أنصاره في الساحة الكبرى ويدعو إلى الحوار.", "خطاب سامر العلي في وادي الريم", "E", "2018-05-08", [valley, leader]));

        // The second report could join either story: above the plain threshold for the speech, the lowered one for the protests.
        Assert.True(scores[speech] > options.Threshold, $"{scores[speech]:F3}");
        Assert.InRange(scores[affair[0]], 0.05, 1.1);
        Assert.Equal(merges, clusterer.Resolve(speech) == clusterer.Resolve(affair[0]));
    }

    [Fact]
    public void A_large_story_counts_its_recent_members_after_the_store_is_reopened()
    {
        // The flood's three reports go in one run, the follow-up in the next: the members' days come back from the store,
        // so the follow-up joins at the lower threshold just as it does when all four arrive in one run.
        var valley = ("loc:wadi-al-reem", "وادي الريم", EntityType.LOC);
        var options = StoryOptions.Default with { Threshold = 0.5, LargeStoryThreshold = 0.05, LargeStorySize = 3, LargeStoryWindowDays = 2, LargeStorySharedCore = 1, MergeThreshold = 0, RareTermBonus = 0 };
        List<AnalyzedArticle> Articles() =>
        [
            CorpusArticles.Make("m1", "غمرت مياه السيول قرى وادي الريم بعد أمطار غزيرة وأجلت فرق الدفاع المدني مئات العائلات.", "سيول تغمر قرى وادي الريم", "A", "2018-05-08", [valley]),
            CorpusArticles.Make("m2", "وادي الريم: السيول تغمر القرى وفرق الدفاع المدني تجلي العائلات بعد ليلة من الأمطار الغزيرة.", "السيول تغمر قرى وادي الريم", "B", "2018-05-08", [valley]),
            CorpusArticles.Make("m3", "أمطار غزيرة تسببت في سيول غمرت قرى وادي الريم، والدفاع المدني أجلى عشرات العائلات من بيوتها.", "سيول في وادي الريم", "C", "2018-05-08", [valley]),
            CorpusArticles.Make("f", "وادي الريم: الحكومة تقر صرف تعويضات عاجلة للمزارعين وتعد بإعادة بناء الجسور التي جرفتها السيول.", "تعويضات عاجلة بعد السيول", "D", "2018-05-09", [valley]),
        ];

        foreach (var reopen in new[] { false, true })
        {
            using var folder = new TempStore();
            using (var corpus = Marsad.Corpus.Corpus.Open(folder.Folder, options))
            {
                corpus.Add(reopen ? Articles().Take(3) : Articles());
            }

            if (reopen)
            {
                using var corpus = Marsad.Corpus.Corpus.Open(folder.Folder, options);
                corpus.Add(Articles().Skip(3));
            }

            using var read = Marsad.Corpus.Corpus.Open(folder.Folder, options);
            var story = Assert.Single(read.Stories(minArticles: 1));
            Assert.Equal(["f", "m1", "m2", "m3"], story.Articles.Order(StringComparer.Ordinal).AsEnumerable());
        }

        // Without the lower threshold the follow-up stays apart: the test needs it.
        using var plain = new TempStore();
        using (var corpus = Marsad.Corpus.Corpus.Open(plain.Folder, options with { LargeStoryThreshold = null }))
        {
            corpus.Add(Articles());
            Assert.Equal(2, corpus.Stories(minArticles: 1).Length);
        }
    }

    [Theory]
    [InlineData("per:samer-al-ali", 0.2, true)]
    [InlineData("per:samer-al-ali", 0, false)]
    [InlineData("per:emmanuel-macron", 0.2, false)]
    public void A_lone_report_naming_the_core_subject_of_a_larger_story_merges_into_it_past_the_size_cap(string personId, double coreMerge, bool merges)
    {
        // No report joins another by its own score (threshold 0.99): the affair's three reports come together by the
        // plain merge (cap three members), and the lone follow-up, worded around its own new fact, can reach them only
        // through the subject they share — unless the knowledge base lists an office for him (a president acts in many events).
        var person = (personId, "سامر العلي", EntityType.PERS);
        var options = StoryOptions.Default with { Threshold = 0.99, MergeThreshold = 0.2, MergeMinSize = 1, MergeMaxSize = 3, CoreMergeThreshold = coreMerge, CoreMergeMaxSmall = 1 };
        List<AnalyzedArticle> Articles() =>
        [
            CorpusArticles.Make("m1", "سامر العلي الكاتب المعروف اختفى بعد دخوله مبنى السفارة في العاصمة ولم يظهر منذ ذلك الحين.", "اختفاء الكاتب سامر العلي", "A", "2018-03-10", [person]),
            CorpusArticles.Make("m2", "سامر العلي لم يظهر منذ دخوله مبنى السفارة في العاصمة وأسرته تطالب بالكشف عن مصيره.", "أسرة سامر العلي تطالب بكشف مصيره", "B", "2018-03-10", [person]),
            CorpusArticles.Make("c1", "فاز نادي المدينة على ضيفه بثلاثة أهداف نظيفة في الدوري المحلي لكرة القدم.", "نادي المدينة يفوز بثلاثية", "C", "2018-03-10"),
            CorpusArticles.Make("m3", "سامر العلي ما زال مختفيا بعد دخوله مبنى السفارة والشرطة تفتش المبنى في العاصمة.", "الشرطة تفتش السفارة بحثا عن سامر العلي", "C", "2018-03-10", [person]),
            CorpusArticles.Make("f1", "سامر العلي: البرلمان يدعو إلى لجنة دولية مستقلة للتحقيق في اختفائه داخل السفارة.", "البرلمان يطالب بلجنة تحقيق في اختفاء سامر العلي", "D", "2018-03-11", [person]),
        ];

        foreach (var batch in new[] { 1, 100 })
        {
            using var folder = new TempStore();
            using (var corpus = Marsad.Corpus.Corpus.Open(folder.Folder, options))
            {
                corpus.Add(Articles(), new() { BatchSize = batch });
            }

            using var read = Marsad.Corpus.Corpus.Open(folder.Folder, options);
            var groups = read.Stories(minArticles: 1).Select(s => string.Join(',', s.Articles.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToArray();
            string[] expected = merges ? ["c1", "f1,m1,m2,m3"] : ["c1", "f1", "m1,m2,m3"];
            Assert.Equal(expected, groups);

            // The affair's story keeps the id of its first report; every article points at a stored story.
            Assert.Equal("s1", read.StoryOf("m1")?.Id);
            Assert.Equal(merges ? "s1" : read.StoryOf("f1")?.Id, read.StoryOf("f1")?.Id);
            Assert.All(Articles(), a => Assert.NotNull(read.StoryOf(a.Id)));
        }
    }

    [Fact]
    public void Stories_are_the_same_whatever_the_batch_size()
    {
        List<AnalyzedArticle> Articles() =>
        [
            CorpusArticles.Make("a1", "انطلقت في جنيف اليوم محادثات السلام برعاية الأمم المتحدة بين وفدي الحكومة والمعارضة.", "انطلاق محادثات السلام في جنيف", "A", "2018-03-10", Summit),
            CorpusArticles.Make("c1", "فاز نادي المدينة على ضيفه بثلاثة أهداف نظيفة في الدوري المحلي لكرة القدم.", "نادي المدينة يفوز بثلاثية", "C", "2018-03-10"),
            CorpusArticles.Make("b1", "بدأت محادثات السلام في جنيف بحضور المبعوث الخاص للأمم المتحدة ووفدي الحكومة والمعارضة.", "محادثات السلام تبدأ في جنيف", "B", "2018-03-10", Summit),
            CorpusArticles.Make("d1", "خسر نادي المدينة أمام ضيفه بهدفين في الدوري المحلي لكرة القدم.", "نادي المدينة يخسر", "D", "2018-03-12"),
            CorpusArticles.Make("c2", "تواصلت محادثات السلام في جنيف لليوم الثاني وسط تفاؤل حذر من الأمم المتحدة.", "اليوم الثاني من محادثات جنيف", "C", "2018-03-11", Summit),
        ];

        List<string[]> Groups(int batch, bool split)
        {
            using var other = new TempStore();
            using (var corpus = other.Open())
            {
                var articles = Articles();
                corpus.Add(split ? articles.Take(2) : articles, new() { BatchSize = batch });
            }

            // A second run reloads the story state (centroids, document frequencies) from the store and goes on from it.
            if (split)
            {
                using var corpus = other.Open();
                corpus.Add(Articles().Skip(2), new() { BatchSize = batch });
            }

            using var read = other.Open();
            return [.. read.Stories(minArticles: 1).Select(s => s.Articles.Order().ToArray()).OrderBy(a => a[0], StringComparer.Ordinal)];
        }

        var reference = Groups(1, split: false);
        Assert.Contains(reference, g => g.SequenceEqual(["a1", "b1", "c2"]));
        foreach (var (batch, split) in new[] { (2, false), (100, false), (1, true), (3, true) })
        {
            Assert.Equal(reference, Groups(batch, split));
        }
    }

    [Fact]
    public void Stories_that_come_close_as_they_grow_merge_into_the_older_story_and_its_id()
    {
        // A join threshold no article reaches: every report starts a story, and only the merge stage can group them.
        var apart = StoryOptions.Default with { Threshold = 0.99, MergeThreshold = 0 };
        var merging = apart with { MergeThreshold = 0.2, MergeMinSize = 1 };
        List<AnalyzedArticle> Articles() =>
        [
            CorpusArticles.Make("a1", "انطلقت في جنيف اليوم محادثات السلام برعاية الأمم المتحدة بين وفدي الحكومة والمعارضة.", "انطلاق محادثات السلام في جنيف", "A", "2018-03-10", Summit),
            CorpusArticles.Make("c1", "فاز نادي المدينة على ضيفه بثلاثة أهداف نظيفة في الدوري المحلي لكرة القدم.", "نادي المدينة يفوز بثلاثية", "C", "2018-03-10"),
            CorpusArticles.Make("b1", "بدأت محادثات السلام في جنيف بحضور المبعوث الخاص للأمم المتحدة ووفدي الحكومة والمعارضة.", "محادثات السلام تبدأ في جنيف", "B", "2018-03-10", Summit),
            CorpusArticles.Make("c2", "تواصلت محادثات السلام في جنيف لليوم الثاني وسط تفاؤل حذر من الأمم المتحدة.", "اليوم الثاني من محادثات جنيف", "C", "2018-03-11", Summit),
        ];

        (string[][] Groups, string? Story, string? B1Story, int Stored) Run(StoryOptions options, int batch, bool split)
        {
            using var other = new TempStore();
            using (var corpus = Marsad.Corpus.Corpus.Open(other.Folder, options))
            {
                corpus.Add(split ? Articles().Take(3) : Articles(), new() { BatchSize = batch });
            }

            if (split)
            {
                using var corpus = Marsad.Corpus.Corpus.Open(other.Folder, options);
                corpus.Add(Articles().Skip(3), new() { BatchSize = batch });
            }

            using var read = Marsad.Corpus.Corpus.Open(other.Folder, options);
            var stories = read.Stories(minArticles: 1);
            var groups = stories.Select(s => s.Articles.Order().ToArray()).OrderBy(a => a[0], StringComparer.Ordinal).ToArray();
            return (groups, read.StoryOf("a1")?.Id, read.StoryOf("b1")?.Id, read.Store.LoadStories().Count);
        }

        Assert.Equal(4, Run(apart, 100, split: false).Groups.Length);
        var merged = Run(merging, 1, split: false);
        Assert.Equal([["a1", "b1", "c2"], ["c1"]], merged.Groups);

        // Fragments merge, grown stories do not: with a cap of two members, the third report stays apart.
        Assert.Equal([["a1", "b1"], ["c1"], ["c2"]], Run(merging with { MergeMaxSize = 2 }, 100, split: false).Groups);

        // The story of the first report keeps its id (s1); the merged-away stories are gone from the store.
        Assert.Equal("s1", merged.Story);
        Assert.Equal("s1", merged.B1Story);
        Assert.Equal(2, merged.Stored);
        foreach (var (batch, split) in new[] { (2, false), (100, false), (1, true), (2, true) })
        {
            var again = Run(merging, batch, split);
            Assert.Equal(merged.Groups, again.Groups);
            Assert.Equal((merged.Story, merged.B1Story, merged.Stored), (again.Story, again.B1Story, again.Stored));
        }
    }
    [Fact]
    public void Every_article_points_at_a_stored_story_when_merges_chain_within_a_batch()
    {
        // Reports with the same words in another order join one story; a story merges only once it holds two. The
        // story of the mixed vote reports (w1 was stored under it before it had a second member) merges into the vote
        // story, which the mixed floods-and-vote reports then bring into the floods story in the same batch: w1's
        // story is a chain of two merges, and w1 must still end in the one stored story.
        var options = StoryOptions.Default with { Threshold = 0.5, MergeThreshold = 0.15, MergeMinSize = 2, MergeMaxSize = 100, MergeCandidateFloor = 0.05 };
        const string Floods = "غمرت السيول الأودية وجرفت الجسور والطرق في القرى الجبلية وفتحت فرق الدفاع المدني مراكز إيواء للمنكوبين";
        const string Vote = "أغلقت مراكز الاقتراع أبوابها وبدأت لجان الفرز عد أصوات الناخبين في الدوائر الانتخابية بحضور المراقبين";
        const string MixedVote = "أعلنت لجان الفرز نتائج أولية تظهر تقدم قائمة المستقلين في الدوائر الانتخابية وسط إقبال ضعيف للشباب";
        const string Both = "تأجل فرز أصوات الناخبين في القرى الجبلية بعد أن جرفت السيول الجسور وتحولت مراكز الاقتراع إلى ملاجئ مؤقتة للمنكوبين";
        static string Reversed(string text) => string.Join(' ', text.Split(' ').Reverse());
        List<AnalyzedArticle> Articles() =>
        [
            CorpusArticles.Make("f1", Floods + ".", null, "Outlet A", "2018-03-10"),
            CorpusArticles.Make("f2", Reversed(Floods) + ".", null, "Outlet B", "2018-03-10"),
            CorpusArticles.Make("v1", Vote + ".", null, "Outlet A", "2018-03-10"),
            CorpusArticles.Make("v2", Reversed(Vote) + ".", null, "Outlet B", "2018-03-10"),
            CorpusArticles.Make("w1", MixedVote + ".", null, "Outlet C", "2018-03-10"),
            CorpusArticles.Make("w2", Reversed(MixedVote) + ".", null, "Outlet D", "2018-03-10"),
            CorpusArticles.Make("x1", Both + ".", null, "Outlet C", "2018-03-10"),
            CorpusArticles.Make("x2", Reversed(Both) + ".", null, "Outlet D", "2018-03-10"),
        ];

        foreach (var batch in new[] { 1, 100 })
        {
            using var folder = new TempStore();
            using (var corpus = Marsad.Corpus.Corpus.Open(folder.Folder, options))
            {
                corpus.Add(Articles(), new() { BatchSize = batch });
            }

            using var read = Marsad.Corpus.Corpus.Open(folder.Folder, options);
            var stories = read.Stories(minArticles: 1);
            var groups = string.Join(" | ", stories.Select(s => string.Join(',', s.Articles.Order(StringComparer.Ordinal))));
            Assert.All(Articles(), a => Assert.True(read.StoryOf(a.Id) is not null, $"batch {batch}: {a.Id} has no story; stories: {groups}"));
            Assert.True(stories.Length == 1, $"batch {batch}: {groups}");
        }
    }
}

using Marsad.Evaluation;
using Marsad.Pipeline;
using Xunit.Abstractions;

namespace Marsad.Tests.EndToEnd;

/// <summary>
/// The full pipeline against eight gold sets of ten raw articles each that the team invented and labelled blind to
/// the code (Evaluation/Unseen to Unseen8, the seeds' format and conventions). In each, the first five
/// files are the development half: their errors may be looked at to find general faults. The last five are held
/// out: only their totals are ever read. The floors guard against regressions; the figures themselves are the
/// honest measure of the pipeline on unseen text.
/// </summary>
public class UnseenGoldTests(ITestOutputHelper output)
{
    [Fact]
    public void The_full_pipeline_on_the_first_unseen_set_keeps_all_content_and_meets_its_floors()
    {
        var total = Score("Unseen", heldOutFrom: "105", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 9 && scores.Count(s => s.DatelineRight) >= 9, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.85);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.95, recall: 0.85);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.78, recall: 0.7);
        GoldFloors.EntitiesAtLeast(total, precision: 0.78, recall: 0.68);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.82, recall: 0.84);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.9, recall: 0.85);
    }

    /// <summary>The second set arrived after the first had been used for development; its floors start from the
    /// first score it got (2026-11-26: headlines 2/10, attributed quotes 0.67/0.61, entities 0.78/0.75); headlines rose to
    /// 9/10 once mastheads and section labels above the headline were read as chrome.</summary>
    [Fact]
    public void The_full_pipeline_on_the_second_unseen_set_keeps_all_content_and_meets_its_floors()
    {
        var total = Score("Unseen2", heldOutFrom: "205", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 8 && scores.Count(s => s.DatelineRight) >= 9, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.9);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.82, recall: 0.75);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.68, recall: 0.63);
        GoldFloors.EntitiesAtLeast(total, precision: 0.78, recall: 0.72);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.92, recall: 0.9);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.93, recall: 0.88);
    }

    /// <summary>The third set's floors sit just under its first score (2026-11-26, before anything was tuned on it:
    /// headlines 9/10, attributed quotes 0.68/0.65, entities 0.76/0.64, quantities 0.92/0.94, dates 0.92/0.86).</summary>
    [Fact]
    public void The_full_pipeline_on_the_third_unseen_set_keeps_all_content_and_meets_its_floors()
    {
        var total = Score("Unseen3", heldOutFrom: "305", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 8 && scores.Count(s => s.DatelineRight) >= 8, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.88);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.85, recall: 0.8);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.63, recall: 0.6);
        GoldFloors.EntitiesAtLeast(total, precision: 0.72, recall: 0.6);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.88, recall: 0.9);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.88, recall: 0.82);
    }

    /// <summary>The fourth set's floors sit just under its first score (2026-11-26, session 4's code, before anything was
    /// tuned on it: headlines 10/10, datelines 8/10, quotes 0.95/0.92, attributed quotes 0.66/0.64, entities 0.80/0.59,
    /// quantities 0.76/0.72, dates 0.84/0.81).</summary>
    [Fact]
    public void The_full_pipeline_on_the_fourth_unseen_set_keeps_all_content_and_meets_its_floors()
    {
        var total = Score("Unseen4", heldOutFrom: "405", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 9 && scores.Count(s => s.DatelineRight) >= 7, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.9);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.9, recall: 0.88);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.62, recall: 0.6);
        GoldFloors.EntitiesAtLeast(total, precision: 0.75, recall: 0.55);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.72, recall: 0.68);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.8, recall: 0.77);
    }

    /// <summary>The fifth set was held out whole in the session it arrived in (only its totals were read); from session 7
    /// on 500-504 are its development half. Its floors sit just under its first score (2026-11-26, session 5's code, before anything was
    /// changed for it: headlines 7/10, datelines 6/10, quotes 0.90/0.82, attributed quotes 0.68/0.62, entities
    /// 0.81/0.76, quantities 0.81/0.75, dates 0.82/0.75).</summary>
    [Fact]
    public void The_full_pipeline_on_the_fifth_unseen_set_keeps_all_content_and_meets_its_floors()
    {
        var total = Score("Unseen5", heldOutFrom: "505", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 6 && scores.Count(s => s.DatelineRight) >= 5, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.8);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.85, recall: 0.78);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.62, recall: 0.57);
        GoldFloors.EntitiesAtLeast(total, precision: 0.76, recall: 0.7);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.75, recall: 0.7);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.77, recall: 0.7);
    }

    /// <summary>The sixth set was held out whole in the session it arrived in (only its totals were read); from session 8
    /// on 600-604 are its development half. Its floors sit just under its first score (2026-11-26, session 6's code, before anything was
    /// changed for it: headlines 9/10, datelines 5/10, quotes 0.89/0.70, attributed quotes 0.58/0.46, entities
    /// 0.68/0.68, quantities 0.79/0.82, dates 0.93/0.97).</summary>
    [Fact]
    public void The_full_pipeline_on_the_sixth_unseen_set_keeps_all_content_and_meets_its_floors()
    {
        var total = Score("Unseen6", heldOutFrom: "605", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 8 && scores.Count(s => s.DatelineRight) >= 4, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.82);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.84, recall: 0.65);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.53, recall: 0.41);
        GoldFloors.EntitiesAtLeast(total, precision: 0.63, recall: 0.63);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.74, recall: 0.77);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.88, recall: 0.92);
    }

    /// <summary>The seventh set was held out whole in the session it arrived in (session 8); from session 9 on 700-704 are
    /// a development half and 705-709 stay held out (only their totals are read). Its floors sit just under its first score (2026-11-26, session 7's code, before anything was
    /// changed for it: headlines 5/10, datelines 5/10, quotes 0.94/0.86, attributed quotes 0.66/0.61, entities
    /// 0.76/0.67, quantities 0.83/0.80, dates 0.88/0.90).</summary>
    [Fact]
    public void The_full_pipeline_on_the_seventh_unseen_set_keeps_all_content_and_meets_its_floors()
    {
        var total = Score("Unseen7", heldOutFrom: "705", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 4 && scores.Count(s => s.DatelineRight) >= 4, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.75);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.89, recall: 0.81);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.61, recall: 0.56);
        GoldFloors.EntitiesAtLeast(total, precision: 0.71, recall: 0.62);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.78, recall: 0.75);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.83, recall: 0.85);
    }

    /// <summary>The eighth set was held out whole in the session it arrived in (session 9); from session 10 on 800-804 are
    /// a development half and 805-809 stay held out (only their totals are read). Its floors sit just under its first score (2026-11-26, session 8's code, before
    /// anything was changed for it: headlines 4/10, datelines 5/10, boilerplate 1.00/0.78, quotes 0.88/0.87, attributed
    /// quotes 0.72/0.71, entities 0.80/0.71, quantities 0.87/0.88, dates 0.86/0.84).</summary>
    [Fact]
    public void The_full_pipeline_on_the_eighth_unseen_set_keeps_all_content_and_meets_its_floors()
    {
        var total = Score("Unseen8", heldOutFrom: "805", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 3 && scores.Count(s => s.DatelineRight) >= 4, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.74);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.85, recall: 0.84);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.68, recall: 0.67);
        GoldFloors.EntitiesAtLeast(total, precision: 0.76, recall: 0.67);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.83, recall: 0.84);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.82, recall: 0.80);
    }

    /// <summary>The ninth set was held out whole in the session it arrived in (session 10); from session 11 files 900-904
    /// are a development half and 905-909 stay held out (only their totals are read). Its floors sit just under its first score (2026-11-27, session 9's code, before
    /// anything was changed for it: headlines 5/10, datelines 6/10, boilerplate 1.00/0.85, quotes 0.83/0.68, attributed
    /// quotes 0.57/0.47, entities 0.72/0.75, quantities 0.73/0.72, dates 0.98/0.92). Session 12 joined the gold's split
    /// «، وأن …» continuations (the seeds' convention) and fixed speaker classes: quote floors raised to just under
    /// quotes 0.89/0.83, attributed 0.74/0.69.</summary>
    [Fact]
    public void The_full_pipeline_on_the_ninth_unseen_set_keeps_all_content_and_meets_its_floors()
    {
        var total = Score("Unseen9", heldOutFrom: "905", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 4 && scores.Count(s => s.DatelineRight) >= 5, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.81);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.87, recall: 0.80);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.72, recall: 0.67);
        GoldFloors.EntitiesAtLeast(total, precision: 0.69, recall: 0.72);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.70, recall: 0.69);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.95, recall: 0.89);
    }

    /// <summary>The tenth set was held out whole in the session it arrived in (session 11); from session 12 files
    /// 1000-1004 are a development half and 1005-1009 stay held out (only their totals are read). Its floors sit just
    /// under its first score (2026-11-27, session 10's code, before anything was changed for it: headlines 9/10,
    /// datelines 7/10, agencies 0.80/0.40, boilerplate 1.00/0.91, quotes 0.82/0.71, attributed quotes 0.61/0.53,
    /// entities 0.78/0.73, quantities 0.78/0.79, dates 0.97/0.96). Session 12 (gold continuations joined, speaker classes
    /// fixed): quote floors raised to just under quotes 0.89/0.82, attributed 0.74/0.68.</summary>
    [Fact]
    public void The_full_pipeline_on_the_tenth_unseen_set_keeps_all_content_and_meets_its_floors()
    {
        var total = Score("Unseen10", heldOutFrom: "1005", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 8 && scores.Count(s => s.DatelineRight) >= 6, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.88);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.87, recall: 0.80);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.72, recall: 0.66);
        GoldFloors.EntitiesAtLeast(total, precision: 0.75, recall: 0.70);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.75, recall: 0.76);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.94, recall: 0.93);
    }

    /// <summary>The eleventh set was held out whole in the session it arrived in (session 12); from session 13 files
    /// 1100-1104 are a development half and 1105-1109 stay held out (only their totals are read). Its floors sit just under its first score (session 11's code, before anything
    /// was changed for it: headlines 7/10, datelines 8/10, agencies 1.00/0.67, boilerplate 1.00/0.84, quotes 0.96/0.88,
    /// attributed quotes 0.76/0.70, entities 0.74/0.69, quantities 0.91/0.89, dates 0.84/0.90).</summary>
    [Fact]
    public void The_full_pipeline_on_the_eleventh_unseen_set_keeps_all_content_and_meets_its_floors()
    {
        var total = Score("Unseen11", heldOutFrom: "1105", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 6 && scores.Count(s => s.DatelineRight) >= 7, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.81);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.93, recall: 0.85);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.73, recall: 0.67);
        GoldFloors.EntitiesAtLeast(total, precision: 0.71, recall: 0.66);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.88, recall: 0.86);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.81, recall: 0.87);
    }

    /// <summary>The twelfth set was held out whole in the session it arrived in (session 13); from session 14 files
    /// 1200-1204 are a development half and 1205-1209 stay held out (only their totals are read). Its floors sit just under its first score (session 12's code, before anything
    /// was changed for it: headlines 6/10, datelines 8/10, agencies 0.22/0.40, boilerplate 1.00/0.88, quotes 0.90/0.80,
    /// attributed quotes 0.68/0.60, entities 0.80/0.75, quantities 0.84/0.90, dates 0.67/0.60).</summary>
    [Fact]
    public void The_full_pipeline_on_the_twelfth_unseen_set_keeps_all_content_and_meets_its_floors()
    {
        var total = Score("Unseen12", heldOutFrom: "1205", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 5 && scores.Count(s => s.DatelineRight) >= 7, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.85);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.87, recall: 0.77);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.65, recall: 0.57);
        GoldFloors.EntitiesAtLeast(total, precision: 0.77, recall: 0.72);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.81, recall: 0.87);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.64, recall: 0.57);
    }

    /// <summary>The thirteenth set was held out whole in the session it arrived in (14); from session 15, 1300-1304 are a
    /// development half and 1305-1309 stay held out. Its floors sit just under its first score (session 13's code, before anything
    /// was changed for it: headlines 5/10, datelines 7/10, agencies 0.60/0.60, boilerplate 0.98/0.83 with 2 content lines
    /// lost, quotes 0.92/0.88, attributed quotes 0.68/0.65, entities 0.74/0.61, quantities 0.83/0.81, dates 0.75/0.66).
    /// It was the first set whose first score lost body lines (two); session 15 found the cause in its development half
    /// (an icon hid a reading-time widget, taken for the headline, and the real headline was dropped) and both came
    /// back, so none may be lost now.</summary>
    [Fact]
    public void The_full_pipeline_on_the_thirteenth_unseen_set_loses_no_content_and_meets_its_floors()
    {
        var total = Score("Unseen13", heldOutFrom: "1305", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 5 && scores.Count(s => s.DatelineRight) >= 7, "headlines and datelines");
        GoldFloors.AtLeast("agencies", total.Agencies, precision: 0.57, recall: 0.57);
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.80);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.89, recall: 0.85);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.65, recall: 0.62);
        GoldFloors.EntitiesAtLeast(total, precision: 0.71, recall: 0.58);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.80, recall: 0.78);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.72, recall: 0.63);
    }

    /// <summary>The fourteenth set was held out whole in the session it arrived in (15); from session 16, 1400-1404 are a
    /// development half and 1405-1409 stay held out. Its floors sit just under its first score (session 14's code, before anything
    /// was changed for it: headlines 4/10, datelines 7/10, agencies 0.44/0.36, boilerplate 1.00/0.82 with no content line
    /// lost, quotes 0.91/0.82, attributed quotes 0.61/0.54, entities 0.69/0.46, quantities 0.83/0.79, dates 0.87/0.83).</summary>
    [Fact]
    public void The_full_pipeline_on_the_fourteenth_unseen_set_loses_no_content_and_meets_its_floors()
    {
        var total = Score("Unseen14", heldOutFrom: "1405", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 4 && scores.Count(s => s.DatelineRight) >= 7, "headlines and datelines");
        GoldFloors.AtLeast("agencies", total.Agencies, precision: 0.41, recall: 0.33);
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.97, recall: 0.79);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.88, recall: 0.79);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.58, recall: 0.51);
        GoldFloors.EntitiesAtLeast(total, precision: 0.66, recall: 0.43);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.80, recall: 0.76);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.84, recall: 0.80);
    }

    /// <summary>The fifteenth set was held out whole in the session it arrived in (16); from session 17, files 1500-1504
    /// are a development half and 1505-1509 stay held out. Its floors sit just under its first score (session 15's code, before anything
    /// was changed for it: headlines 4/10, datelines 5/10, publication dates 8/10, agencies 0.60/0.50, boilerplate
    /// 0.99/0.88 with one content line lost, quotes 0.89/0.85, attributed quotes 0.66/0.63, entities 0.79/0.66,
    /// quantities 0.87/0.85, dates 0.84/0.86). Like the thirteenth, its first score lost a body line: the allowance is
    /// that one line, to be found in its development half and removed.</summary>
    [Fact]
    public void The_full_pipeline_on_the_fifteenth_unseen_set_loses_at_most_one_line_and_meets_its_floors()
    {
        var total = Score("Unseen15", heldOutFrom: "1505", out var scores, contentLinesLostAtMost: 1);
        // Session 17's page frames (rows of icon-led buttons, a site's slogan after a bar, a writer's byline closing with
        // the place) took headlines 4 -> 8 and datelines 5 -> 9.
        Assert.True(scores.Count(s => s.HeadlineRight) >= 8 && scores.Count(s => s.DatelineRight) >= 9, "headlines and datelines");
        GoldFloors.AtLeast("agencies", total.Agencies, precision: 0.57, recall: 0.47);
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.96, recall: 0.85);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.86, recall: 0.82);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.63, recall: 0.60);
        GoldFloors.EntitiesAtLeast(total, precision: 0.76, recall: 0.63);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.84, recall: 0.82);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.81, recall: 0.83);
    }

    /// <summary>The sixteenth set was held out whole in the session it arrived in (17); from session 18, files 1600-1604
    /// are a development half and 1605-1609 stay held out. Its floors sit just under its first score (session 16's code, before anything
    /// was changed for it: headlines 10/10, datelines 9/10, publication dates 8/10, agencies 0.56/0.83, boilerplate
    /// 1.00/0.93 with no content line lost, quotes 0.90/0.83, attributed quotes 0.72/0.66, entities 0.76/0.62,
    /// quantities 0.81/0.84, dates 0.88/0.82).</summary>
    [Fact]
    public void The_full_pipeline_on_the_sixteenth_unseen_set_loses_no_content_and_meets_its_floors()
    {
        var total = Score("Unseen16", heldOutFrom: "1605", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 9 && scores.Count(s => s.DatelineRight) >= 8, "headlines and datelines");
        GoldFloors.AtLeast("agencies", total.Agencies, precision: 0.53, recall: 0.80);
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.97, recall: 0.90);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.87, recall: 0.80);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.69, recall: 0.63);
        GoldFloors.EntitiesAtLeast(total, precision: 0.73, recall: 0.59);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.78, recall: 0.81);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.85, recall: 0.79);
    }

    /// <summary>The seventeenth set is held out whole in the session it arrives in (session 18: only its totals are read;
    /// later sessions may study 1700-1704). Its floors sit just under its first score (session 17's code, before anything
    /// was changed for it: headlines 10/10, datelines 6/10, publication dates 8/10, agencies 0.60/0.50, boilerplate
    /// 1.00/0.81 with no content line lost, quotes 0.92/0.85, attributed quotes 0.72/0.67, entities 0.80/0.72,
    /// quantities 0.84/0.88, dates 0.90/0.88).</summary>
    [Fact]
    public void The_full_pipeline_on_the_seventeenth_unseen_set_loses_no_content_and_meets_its_floors()
    {
        var total = Score("Unseen17", heldOutFrom: "1700", out var scores);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 9 && scores.Count(s => s.DatelineRight) >= 5, "headlines and datelines");
        // Agency recall sat at 0.50 (3 of 6) at first score; session 18's reading of docs/gold-conventions.md (a site's
        // copyright footer is no credit, unless an organisation issues its own page) took it to 0.33: with the footer
        // rule switched back the set scores 0.60/0.50 again, so one of its six credits comes from a footer alone. The
        // set is held out whole, so which page and why is not known yet; the floor keeps the convention's figure.
        GoldFloors.AtLeast("agencies", total.Agencies, precision: 0.57, recall: 0.30);
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.97, recall: 0.78);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.89, recall: 0.82);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.69, recall: 0.64);
        GoldFloors.EntitiesAtLeast(total, precision: 0.77, recall: 0.69);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.81, recall: 0.85);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.87, recall: 0.85);
    }

    private SeedScore Score(string set, string heldOutFrom, out IReadOnlyList<SeedScore> scores, int contentLinesLostAtMost = 0)
    {
        scores = GoldScorer.ScoreFolder(PipelineBuilder.CreateDefault().Build(), Path.Combine(AppContext.BaseDirectory, "Evaluation", set));
        output.WriteLine("held-out half: totals only");
        output.WriteLine(GoldReport.Format([.. scores.Where(s => string.CompareOrdinal(s.File, heldOutFrom) >= 0)]).Split('\n').Last(l => l.Length > 0));
        output.WriteLine("development half:");
        output.WriteLine(GoldReport.Format([.. scores.Where(s => string.CompareOrdinal(s.File, heldOutFrom) < 0)]));

        var total = GoldReport.Total(scores);
        Assert.Equal(10, scores.Count);
        Assert.InRange(total.ContentLinesLost, 0, contentLinesLostAtMost);
        return total;
    }
}

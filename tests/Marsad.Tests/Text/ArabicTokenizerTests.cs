using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed class ArabicTokenizerTests
{
    private static (string Text, TokenKind Kind)[] Tokens(string text) =>
        ArabicTokenizer.Tokenize(text).Select(t => (t.Of(text).ToString(), t.Kind)).ToArray();

    [Fact]
    public void Arabic_words_are_split_on_spaces()
    {
        Assert.Equal(
            [("ذهب", TokenKind.ArabicWord), ("الطالب", TokenKind.ArabicWord), ("إلى", TokenKind.ArabicWord), ("المكتبة", TokenKind.ArabicWord)],
            Tokens("ذهب الطالب إلى المكتبة"));
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("1,250,000")]
    [InlineData("17:39")]
    [InlineData("2021.06.28")]
    [InlineData("28/06/2021")]
    [InlineData("45%")]
    [InlineData("٤٥٪")]
    [InlineData("١٢٫٥")]
    [InlineData("۱۳۹۹")]
    public void A_number_with_its_separators_is_one_token(string number)
    {
        Assert.Equal([("ارتفع", TokenKind.ArabicWord), (number, TokenKind.Number), ("أمس", TokenKind.ArabicWord)], Tokens($"ارتفع {number} أمس"));
    }

    [Fact]
    public void A_dot_or_comma_after_a_number_at_a_sentence_end_is_punctuation()
    {
        Assert.Equal([("بلغ", TokenKind.ArabicWord), ("12", TokenKind.Number), (".", TokenKind.Punctuation)], Tokens("بلغ 12."));
        Assert.Equal([("12", TokenKind.Number), (",", TokenKind.Punctuation), ("و", TokenKind.ArabicWord)], Tokens("12, و"));
    }

    [Fact]
    public void The_article_with_tatweel_before_a_number_gives_a_word_and_a_number()
    {
        Assert.Equal([("في", TokenKind.ArabicWord), ("الـ", TokenKind.ArabicWord), ("83", TokenKind.Number)], Tokens("في الـ83"));
    }

    [Fact]
    public void Diacritics_and_tatweel_stay_inside_their_word()
    {
        Assert.Equal([("مُحَمَّدٌ", TokenKind.ArabicWord), ("الـــوزير", TokenKind.ArabicWord)], Tokens("مُحَمَّدٌ الـــوزير"));
    }

    [Fact]
    public void Every_punctuation_mark_is_its_own_token()
    {
        var text = "قال: «نعم»، ثم سأل؛ لماذا؟ \"حقا\" “جدا”!";
        var punctuation = Tokens(text).Where(t => t.Kind == TokenKind.Punctuation).Select(t => t.Text).ToArray();
        Assert.Equal([":", "«", "»", "،", "؛", "؟", "\"", "\"", "“", "”", "!"], punctuation);
        Assert.All(Tokens(text).Where(t => t.Kind == TokenKind.ArabicWord), t => Assert.DoesNotContain(t.Text, c => char.IsPunctuation(c)));
    }

    [Fact]
    public void A_hashtag_with_underscores_is_one_token()
    {
        Assert.Equal([("وسم", TokenKind.ArabicWord), ("#انتخابات_البلدية", TokenKind.Hashtag), ("اليوم", TokenKind.ArabicWord)], Tokens("وسم #انتخابات_البلدية اليوم"));
    }

    [Fact]
    public void A_hash_sign_alone_is_punctuation()
    {
        Assert.Equal([("#", TokenKind.Punctuation)], Tokens("# "));
    }

    [Theory]
    [InlineData("https://example.org/news/2021/item?id=5&x=y")]
    [InlineData("http://a.example.com")]
    [InlineData("www.example.net/path")]
    [InlineData("someone.name@example.co.uk")]
    public void Urls_and_emails_are_one_token_without_trailing_punctuation(string url)
    {
        Assert.Equal([("انظر", TokenKind.ArabicWord), (url, TokenKind.Url), ("،", TokenKind.Punctuation), ("هنا", TokenKind.ArabicWord)], Tokens($"انظر {url}، هنا"));
        Assert.Equal([(url, TokenKind.Url), (".", TokenKind.Punctuation)], Tokens(url + "."));
    }

    [Fact]
    public void Latin_words_keep_inner_apostrophes_and_hyphens()
    {
        Assert.Equal([("O'Neil", TokenKind.Latin), ("co-operation", TokenKind.Latin), ("COVID", TokenKind.Latin), ("19", TokenKind.Number)], Tokens("O'Neil co-operation COVID 19"));
    }

    [Fact]
    public void Mixed_scripts_glued_together_are_separated_by_script()
    {
        Assert.Equal([("شركة", TokenKind.ArabicWord), ("Apple", TokenKind.Latin), ("ب", TokenKind.ArabicWord), ("5", TokenKind.Number), ("مليارات", TokenKind.ArabicWord)], Tokens("شركةApple ب5 مليارات"));
    }

    [Fact]
    public void Emoji_are_symbols_and_keep_their_modifiers()
    {
        var text = "رائع 👍🏽 جدا ❤️";
        Assert.Equal([("رائع", TokenKind.ArabicWord), ("👍🏽", TokenKind.Symbol), ("جدا", TokenKind.ArabicWord), ("❤️", TokenKind.Symbol)], Tokens(text));
    }

    [Fact]
    public void Bidi_marks_and_zero_width_spaces_are_not_tokens()
    {
        Assert.Equal([("مرحبا", TokenKind.ArabicWord), ("بكم", TokenKind.ArabicWord)], Tokens("\u200Fمرحبا\u200E \u200Bبكم\uFEFF"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\u200F\u200E")]
    public void Blank_input_has_no_tokens(string text)
    {
        Assert.Empty(ArabicTokenizer.Tokenize(text));
    }

    [Fact]
    public void Input_of_only_punctuation_gives_one_token_per_mark()
    {
        Assert.Equal(6, ArabicTokenizer.Tokenize("...؟!«").Length);
        Assert.All(ArabicTokenizer.Tokenize("...؟!«"), t => Assert.Equal(1, t.Length));
    }

    [Fact]
    public void A_very_long_word_is_one_token()
    {
        var word = new string('ب', 100_000);
        var token = Assert.Single(ArabicTokenizer.Tokenize(word));
        Assert.Equal(100_000, token.Length);
    }

    [Fact]
    public void The_enumerator_yields_the_same_tokens_as_tokenize()
    {
        const string text = "قال الوزير، في 2021.06.28: «ارتفعت الأسعار 3.5%».";
        var list = new List<Token>();
        foreach (var token in ArabicTokenizer.Enumerate(text))
        {
            list.Add(token);
        }

        Assert.Equal(ArabicTokenizer.Tokenize(text), list);
    }

    [Fact]
    public void Tokens_of_random_text_are_in_order_inside_the_text_and_never_hold_whitespace()
    {
        var random = new Random(7);
        var alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىـًٌٍَُِّْ0123456789٠١٢٣abcXYZ .,:;!?؟،؛«»\"“”#@/%٪-_()[]\n\t\u00A0\u200C\u200F\uFEFF😀🏽\uD800".ToCharArray();
        for (var round = 0; round < 2000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var previousEnd = 0;
            foreach (var token in ArabicTokenizer.Tokenize(text))
            {
                Assert.True(token.Length > 0);
                Assert.True(token.Start >= previousEnd, $"token at {token.Start} overlaps the one before in «{text}»");
                Assert.True(token.End <= text.Length);
                Assert.DoesNotContain(token.Of(text).ToString(), c => char.IsWhiteSpace(c));
                previousEnd = token.End;
            }
        }
    }
}

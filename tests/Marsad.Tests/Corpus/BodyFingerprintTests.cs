using System.Security.Cryptography;
using System.Text;
using Marsad.Corpus;

namespace Marsad.Tests.Corpus;

/// <summary>The one-pass fingerprint of ingest gives what the word-list path gives, so stored hashes and duplicate
/// decisions do not change.</summary>
public sealed class BodyFingerprintTests
{
    public static TheoryData<string> Bodies => new()
    {
        "",
        " ... ، ؛ !",
        "كلمة",
        "كلمتان فقط",
        "أعلنَ الرئيسُ إنشاءَ مـــدرسة جديدة في «القرية» اليوم، وقال إن ١٢ صفاً ستُفتح.\nوأضاف: الطلاب 350 طالبا.",
        "Mixed TEXT with Latin, Émile and digits 2024-05-06; then عربي بإملاء أمريكي وإيراني وهيئة.",
        "\u064E\u064F only marks \u064E then words\u00A0with\u200Bjoiners and a lone \uD800 surrogate",
        // Repeated shingles: the signature is taken over the shingles without building their set.
        "عاجل عاجل عاجل عاجل. تابعونا على الموقع. تابعونا على الموقع. تابعونا على الموقع واليوم خبر.",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void The_one_pass_fingerprint_equals_the_word_list_hash_and_signature(string body)
    {
        var words = Shingles.Words(body);
        var (hash, signature) = BodyFingerprint.Of(body);

        Assert.Equal(Reference(string.Join(' ', words)), hash);
        Assert.Equal(ContentHash.BodyHash(words), hash);
        Assert.Equal(MinHash.Signature(Shingles.Hashed(words)), signature);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Keys_hash_the_id_a_nul_and_the_text_as_one_string(string text)
    {
        Assert.Equal(Reference("doc-7\u0000" + text), ContentHash.RawKey("doc-7", text));
        Assert.Equal(Reference("مقال\u0000" + text), ContentHash.ArticleKey("مقال", text));
    }

    [Fact]
    public void Bodies_differing_only_in_diacritics_and_tatweel_fingerprint_alike()
    {
        var a = BodyFingerprint.Of("قال الوزير إن المدرسة جديدة");
        var b = BodyFingerprint.Of("قالَ الوزيـــر إنّ المدرسةَ جديدةٌ");
        var c = BodyFingerprint.Of("قال الوزير إن المدرسة قديمة");

        Assert.Equal(a.BodyHash, b.BodyHash);
        Assert.Equal(a.Signature, b.Signature);
        Assert.NotEqual(a.BodyHash, c.BodyHash);
    }

    private static string Reference(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16]);
}

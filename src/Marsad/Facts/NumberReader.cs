namespace Marsad.Facts;

/// <summary>
/// Reads numbers (digits with an optional scale word, or number words combined: خمسة وعشرين، ثلاثة ملايين، نصف
/// مليون), the noun a number counts, and dual nouns, over a <see cref="FactContext"/>. Shared by the quantity and
/// date grammars (a date like «قبل عامين» reads its duration here).
/// </summary>
internal sealed class NumberReader(FactContext context)
{
    private FactsLexicon Lexicon => context.Lexicon;

    /// <summary>A number starting at word <paramref name="index"/>, in digits or in words.</summary>
    public bool TryRead(int index, out NumberRead read) =>
        TryReadDigits(index, out read) || TryReadWords(index, out read);

    /// <summary>Digits (with a proclitic or the article glued on: و31، الـ83), times a scale word after them.</summary>
    public bool TryReadDigits(int index, out NumberRead read)
    {
        read = default;
        if (!context.IsWord(index))
        {
            return false;
        }

        foreach (var (stem, start) in context.Stems(index))
        {
            var digits = stem.AsSpan();
            var definite = false;
            if (digits.StartsWith("ال") && digits.Length > 2 && char.IsAsciiDigit(digits[2]))
            {
                definite = true;
                digits = digits[2..];
            }

            if (!DigitAmount.TryParse(digits, out var value, out var grouped))
            {
                continue;
            }

            var next = index + 1;
            if (!definite && context.IsWord(next) && Lexicon.NumberWords.TryGetSingle(context.FoldedAt(next), out var scale)
                && scale.Kind is NumberWordKind.Scale or NumberWordKind.ScalePlural)
            {
                if (TryScaleAt(next, out var factor))
                {
                    value *= factor;
                    next++;
                }

                // «3 ملايين و200 ألف»: the smaller part joined by و after the scale.
                var partScale = LargestPowerOfThousandIn(value);
                while (TryReadDigitPart(next, partScale, out var part, out var after))
                {
                    value += part;
                    partScale = after - next == 2 ? LargestPowerOfThousandIn(part) : 1;
                    next = after;
                }
            }

            read = new NumberRead(value, start, next, FromDigits: true, definite, NeedsNoun: false, grouped);
            return true;
        }

        return false;
    }

    /// <summary>The factor of a scale word after digits: «مليون», «ملايين», and «90 ألفا», «11 مليونا», the accusative
    /// singular, which is spelled like the dual construct.</summary>
    public bool TryScaleAt(int index, out double factor)
    {
        factor = 1;
        if (!context.IsWord(index) || !Lexicon.NumberWords.TryGetSingle(context.FoldedAt(index), out var scale)
            || scale.Kind is not (NumberWordKind.Scale or NumberWordKind.ScalePlural))
        {
            return false;
        }

        if (IsPowerOfThousand(scale.Value))
        {
            factor = scale.Value;
            return true;
        }

        if (context.FoldedAt(index).EndsWith('ا'))
        {
            factor = scale.Value / 2;
            return true;
        }

        return false;
    }

    /// <summary>Number words combined by Arabic rules: unit+عشر (13), unit و tens (25), hundred و ..., scales
    /// multiplying what precedes (ثلاثة آلاف), a fraction before a scale (نصف مليون). A plural scale alone (آلاف) is vague.</summary>
    public bool TryReadWords(int index, out NumberRead read)
    {
        read = default;
        double total = 0, current = 0, lastScale = 0;
        NumberWordKind previous = default;
        var count = 0;
        var alone = true;
        var start = -1;
        var j = index;
        while (context.IsWord(j))
        {
            NumberWord? word = null;
            var joined = false;
            if (count == 0)
            {
                foreach (var (stem, stemStart) in context.Stems(j))
                {
                    // A definite number word (الأربعة) is read elsewhere; ألف folds to «الف» but is no article + word.
                    var definite = stem.StartsWith("ال", StringComparison.Ordinal) && Lexicon.NumberWords.ContainsWord(stem.AsSpan(2));
                    if (!definite && Lexicon.NumberWords.TryGetSingle(stem, out var found))
                    {
                        word = found;
                        start = stemStart;
                        break;
                    }

                    // «الأربعون مليار يورو»: a definite count before a scale word is the amount itself.
                    if (definite && Lexicon.NumberWords.TryGetSingle(stem.AsSpan(2), out found)
                        && found.Kind is NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.Tens or NumberWordKind.Hundred
                        && Lexicon.NumberWords.TryGetSingle(context.FoldedAt(j + 1), out var scaleAfter) && scaleAfter.Kind == NumberWordKind.Scale)
                    {
                        word = found;
                        start = stemStart;
                        break;
                    }
                }
            }
            else
            {
                var folded = context.FoldedAt(j);
                if (Lexicon.NumberWords.TryGetSingle(folded, out var found))
                {
                    word = found;
                }
                else if (folded.Length > 2 && folded[0] == 'و' && Lexicon.NumberWords.TryGetSingle(folded.AsSpan(1), out found))
                {
                    word = found;
                    joined = true;
                }
                else if (previous is NumberWordKind.Scale or NumberWordKind.ScalePlural
                    && TryReadDigitPart(j, lastScale, out var part, out var after))
                {
                    // «مليون و600 ألف»: digits joined after a scale word.
                    total += current + part;
                    current = 0;
                    lastScale = after - j == 2 ? LargestPowerOfThousandIn(part) : 1;
                    previous = NumberWordKind.Scale;
                    alone = true;
                    count += after - j;
                    j = after;
                    continue;
                }
            }

            if (word is null)
            {
                break;
            }

            var kind = word.Kind;
            var value = word.Value;
            if (count == 0)
            {
                if (kind == NumberWordKind.ScalePlural)
                {
                    return false;
                }

                if (kind == NumberWordKind.Scale)
                {
                    total = value;
                    lastScale = IsPowerOfThousand(value) ? value : value / 2;
                }
                else
                {
                    current = value;
                }

                alone = word.Alone;
            }
            else if (!joined)
            {
                if (kind == NumberWordKind.Ten && previous == NumberWordKind.Unit)
                {
                    current += 10;
                }
                else if (kind == NumberWordKind.Hundred && value == 100 && previous == NumberWordKind.Unit)
                {
                    current *= 100;
                }
                else if (kind is NumberWordKind.Scale or NumberWordKind.ScalePlural
                    && previous is not (NumberWordKind.Scale or NumberWordKind.ScalePlural))
                {
                    var factor = value;
                    if (!IsPowerOfThousand(factor))
                    {
                        // ألفا / مليونا after 11-99 is the accusative singular, not the dual.
                        if (!context.FoldedAt(j).EndsWith('ا'))
                        {
                            break;
                        }

                        factor /= 2;
                    }

                    total += (current == 0 ? 1 : current) * factor;
                    current = 0;
                    lastScale = factor;
                }
                else
                {
                    break;
                }

                alone = true;
            }
            else
            {
                if (previous == NumberWordKind.Unit && kind == NumberWordKind.Tens)
                {
                    current += value;
                }
                else if (previous == NumberWordKind.Hundred && kind is NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.Tens)
                {
                    current += value;
                }
                else if (previous is NumberWordKind.Scale or NumberWordKind.ScalePlural
                    && kind is NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.Tens or NumberWordKind.Hundred)
                {
                    current += value;
                }
                else if (previous is NumberWordKind.Scale or NumberWordKind.ScalePlural && kind == NumberWordKind.Fraction)
                {
                    total += value * lastScale;
                }
                else
                {
                    break;
                }

                alone = true;
            }

            previous = kind;
            count++;
            j++;
        }

        // واحد، أحد، إحدى alone are "one of" or "a single", not an amount; a fraction alone, or a scale that is also an
        // adjective (مليوني: حشد مليوني), needs a noun after it.
        if (count == 0 || (count == 1 && !alone && previous is not (NumberWordKind.Fraction or NumberWordKind.Scale)))
        {
            return false;
        }

        // «الحادية عشرة», «الثاني عشر»: the tens word of an ordinal; «الستة عشر»: of a definite number.
        if (count == 1 && previous == NumberWordKind.Ten && context.IsWord(index - 1)
            && (Lexicon.OrdinalUnits.Contains(context.FoldedAt(index - 1)) || IsDefiniteUnitWord(context.FoldedAt(index - 1))))
        {
            return false;
        }

        read = new NumberRead(total + current, start, j, FromDigits: false, Definite: false, NeedsNoun: !alone, Grouped: false);
        return true;
    }

    private bool IsDefiniteUnitWord(string folded) =>
        folded.StartsWith("ال", StringComparison.Ordinal) && Lexicon.NumberWords.TryGetSingle(folded.AsSpan(2), out var word) && word.Kind == NumberWordKind.Unit;

    /// <summary>The counted noun at word <paramref name="index"/> (شخصا، دولة، في المئة), with a second one joined by و
    /// (وزيرا ومسؤولا). With <paramref name="allowAccusative"/>, an unknown noun in the accusative -ا after 11-99 counts too.</summary>
    public bool TryReadNoun(int index, bool allowAccusative, out string unit, out int next) =>
        TryReadNoun(index, allowAccusative, CountedNounForm.None, out unit, out next);

    /// <summary>As <see cref="TryReadNoun(int, bool, out string, out int)"/>; <paramref name="form"/> says which unlisted
    /// nouns the number's grammar admits after it (a singular after a scale word or a number above ten, a plural after
    /// three to ten).</summary>
    public bool TryReadNoun(int index, bool allowAccusative, CountedNounForm form, out string unit, out int next)
    {
        unit = string.Empty;
        next = index;
        if (index >= context.Count)
        {
            return false;
        }

        if (Lexicon.CountedNouns.TryMatch(context.Words, index, out var noun, out var length))
        {
            unit = noun.Unit;
            next = AfterJoinedNoun(index + length);
            return true;
        }

        if (form != CountedNounForm.None && IsUnlistedNoun(index, form))
        {
            unit = context.FoldedAt(index);
            next = index + 1;
            return true;
        }

        if (allowAccusative && context.IsWord(index))
        {
            var folded = context.FoldedAt(index);
            // -يا is mostly an adverb (تقريبا، يوميا), -وا a verb (قتلوا).
            if (folded.Length >= 4 && folded[^1] == 'ا' && !folded.EndsWith("يا", StringComparison.Ordinal) && !folded.EndsWith("وا", StringComparison.Ordinal)
                && !folded.StartsWith("ال", StringComparison.Ordinal) && !Lexicon.NotCounted.Contains(folded)
                && !Lexicon.NumberWords.ContainsWord(folded) && folded.All(c => c is >= '\u0621' and <= '\u064A'))
            {
                unit = folded[..^1];
                next = index + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>The index after a second counted noun glued to و at <paramref name="index"/> (وزيرا ومسؤولا، عامل صحي
    /// ومتطوع), or <paramref name="index"/> itself when none stands there.</summary>
    public int AfterJoinedNoun(int index)
    {
        var following = context.FoldedAt(index);
        return context.IsWord(index) && following.Length > 2 && following[0] == 'و'
            && Lexicon.CountedNouns.TryGetSingle(following.AsSpan(1), out _)
            ? index + 1
            : index;
    }

    /// <summary>The commonest broken-plural shapes of a counted noun after three to ten: فعول (شروط), مفاعل/فواعل
    /// (مراحل، شوارع), مفاعيل (صواريخ), أفعال (أطفال). Words opening with a verb prefix (ي، ن، ت) and adverbs in -يا
    /// (سياسيا) are left out.</summary>
    private static bool IsBrokenPlural(string folded)
    {
        if (folded[0] is 'ي' or 'ن' or 'ت' || folded.EndsWith("يا", StringComparison.Ordinal))
        {
            return false;
        }

        return folded.Length switch
        {
            4 => folded[2] == 'و' && folded[0] != 'ا',
            5 => folded[2] == 'ا' || (folded[0] == 'ا' && folded[3] == 'ا'),
            6 => folded[2] == 'ا' && folded[4] == 'ي',
            _ => false,
        };
    }

    /// <summary>An indefinite Arabic word that the number's grammar makes its counted noun: after a scale word any such
    /// noun (ألف زيارة، ملايين مسافر), after 11 and above a feminine singular (32 شركة), after 3-10 a sound plural
    /// (خمس شركات). Particles, number words, months and weekdays never are.</summary>
    private bool IsUnlistedNoun(int index, CountedNounForm form)
    {
        if (!context.IsWord(index))
        {
            return false;
        }

        var folded = context.FoldedAt(index);
        if (folded.Length < 3 || folded.StartsWith("ال", StringComparison.Ordinal) || !folded.All(c => c is >= '\u0621' and <= '\u064A')
            || Lexicon.NotNouns.Contains(folded) || Lexicon.NotCounted.Contains(folded) || Lexicon.NumberWords.ContainsWord(folded)
            || Lexicon.Months.ContainsWord(folded) || Lexicon.Weekdays.ContainsWord(folded))
        {
            return false;
        }

        // و/ف start a new clause (150 وشبكة); لل and ل + a verb prefix a purpose or prepositional phrase (ليصل، للهجرة).
        if (folded[0] is 'و' or 'ف' || folded.StartsWith("لل", StringComparison.Ordinal) || (folded[0] == 'ل' && folded[1] is 'ي' or 'ت' or 'ن' or 'ا'))
        {
            return false;
        }

        return form switch
        {
            CountedNounForm.AfterScale => true,
            CountedNounForm.Singular => folded[^1] == 'ه' && folded[0] != 'ب', // 500 بنسبة: a prepositional phrase
            CountedNounForm.Plural => folded.EndsWith("ات", StringComparison.Ordinal) || folded.EndsWith("ين", StringComparison.Ordinal) || IsBrokenPlural(folded),
            _ => false,
        };
    }

    /// <summary>The noun of a dual that counted-nouns.tsv does not list: no unit code.</summary>
    public static readonly CountedNoun UnlistedDual = new(string.Empty, string.Empty, DualAn: true, DualYn: true);

    /// <summary>A noun in the dual (وزيران، أميركيان، دولتين) of the counted-noun lexicon, indefinite and without a
    /// pronoun: «two» of it. A second dual right after it (مسؤولان أميركيان) or اثنان joins the span.</summary>
    /// <remarks>With <c>definiteTime</c>, also a definite dual of a time unit (خلال العامين، اليومين الماضيين), which
    /// counts; other definite duals mostly refer back to what was named (الطرفين، البلدين).</remarks>
    public bool TryReadDual(int index, out int start, out CountedNoun noun, out int next, bool definiteTime = false, bool unlisted = false)
    {
        start = 0;
        noun = null!;
        next = index;
        if (!context.IsWord(index))
        {
            return false;
        }

        var stems = context.Stems(index);
        // «أميركيين اثنين»: the number says it is a dual even where the ending alone is also a plural.
        var twoFollows = context.IsWord(index + 1) && Lexicon.NumberWords.TryGetSingle(context.FoldedAt(index + 1), out var number)
            && number.Value == 2 && number.Kind == NumberWordKind.Unit;
        // A listed noun under a proclitic (بدولتين) wins over the whole word read as an unlisted dual.
        var listedStem = -1;
        CountedNoun? listed = null;
        for (var k = 0; k < stems.Length && listedStem < 0; k++)
        {
            if (TryDualStem(stems[k].Stem, out var candidate, twoFollows))
            {
                listedStem = k;
                listed = candidate;
            }
        }

        for (var k = 0; k < stems.Length; k++)
        {
            var (stem, stemStart) = stems[k];
            // «بين العامين 1949 و1967», «بين الساعتين 14 و15» name two points in time, not a duration.
            if (definiteTime && stem.Length >= 7 && stem.StartsWith("ال", StringComparison.Ordinal)
                && (stem.EndsWith("ين", StringComparison.Ordinal) || stem.EndsWith("ان", StringComparison.Ordinal)) && TryDualStem(stem[2..], out var timed, false)
                && Lexicon.TimeUnits.Contains(timed.Unit) && !TryReadDigits(index + 1, out _))
            {
                start = stemStart;
                noun = timed;
                next = index + 1;
                return true;
            }

            var found = k == listedStem ? listed : null;
            if (found is not null || (listedStem < 0 && unlisted && !PrefixedNounUnderProclitic(stems, k) && IsUnlistedFeminineDual(stem, out found)))
            {
                start = stemStart;
                noun = found;
                next = index + 1;
                while (context.IsWord(next) && (TryDualStem(context.FoldedAt(next), out _, false)
                    || (unlisted && IsUnlistedFeminineDual(context.FoldedAt(next), out _))
                    || (Lexicon.NumberWords.TryGetSingle(context.FoldedAt(next), out var two) && two.Value == 2 && two.Kind == NumberWordKind.Unit)))
                {
                    next++;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Whether stem <paramref name="k"/> is the whole word and the word under its proclitic is a noun of the
    /// م- patterns (بمجموعتين، لمحطتين): that noun, not the whole word, is the dual.</summary>
    private static bool PrefixedNounUnderProclitic(WordStems stems, int k) =>
        k == 0 && stems.Length > 1 && stems[1].Stem.Length >= 6 && stems[1].Stem[0] == 'م';

    /// <summary>«ناقلتين», «قطرتان»: a noun in ة not in counted-nouns.tsv, in the dual. The feminine dual ending is
    /// rarely anything else, unlike -ين/-ان (plurals, names); -ستان (countries), -وتين (بوتين), -شتين and -اتان names
    /// and not-duals.txt are left out. The unit is unknown: <see cref="UnlistedDual"/>.</summary>
    private bool IsUnlistedFeminineDual(string stem, out CountedNoun noun)
    {
        noun = UnlistedDual;
        return stem.Length >= 5 && !stem.StartsWith("ال", StringComparison.Ordinal)
            && (stem.EndsWith("تين", StringComparison.Ordinal) || (stem.EndsWith("تان", StringComparison.Ordinal) && stem[^4] != 'ا'))
            && stem[^4] is not ('س' or 'و' or 'ش') && IsArabicLetters(stem)
            && !Lexicon.NotDuals.Contains(stem) && !Lexicon.NumberWords.ContainsWord(stem);
    }

    /// <summary>Whether every character of a folded word is an Arabic letter (no digits, Latin or marks).</summary>
    public static bool IsArabicLetters(string word)
    {
        foreach (var c in word)
        {
            if (c is < '\u0621' or > '\u064A')
            {
                return false;
            }
        }

        return true;
    }

    private bool TryDualStem(string stem, out CountedNoun noun, bool twoFollows)
    {
        noun = null!;
        if (stem.Length < 5 || stem.StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }

        var an = stem.EndsWith("ان", StringComparison.Ordinal);
        var yn = stem.EndsWith("ين", StringComparison.Ordinal);
        if ((!an && !yn) || Lexicon.NotDuals.Contains(stem))
        {
            return false; // «ميلان» is Milan, not two miles
        }

        // A listed plural (مقاتلين، سنين) is not a dual.
        if (!twoFollows && Lexicon.CountedNouns.TryGetSingle(stem, out var plural) && !Lexicon.DualStems.ContainsKey(stem))
        {
            _ = plural;
            return false;
        }

        // The singular under the ending: a feminine noun (ناقلتان → ناقله) first, then the ending alone cut off.
        var withoutEnding = stem.AsSpan(0, stem.Length - 2);
        if (stem[^3] == 'ت')
        {
            Span<char> feminine = withoutEnding.Length <= MaxStackWord ? stackalloc char[withoutEnding.Length] : new char[withoutEnding.Length];
            withoutEnding[..^1].CopyTo(feminine);
            feminine[^1] = 'ه';
            if (IsDualOf(feminine, an, twoFollows, out noun))
            {
                return true;
            }
        }

        return IsDualOf(withoutEnding, an, twoFollows, out noun);
    }

    /// <summary>The longest word whose feminine singular is built on the stack (a hostile token gets the heap).</summary>
    private const int MaxStackWord = 64;

    private bool IsDualOf(ReadOnlySpan<char> singular, bool an, bool twoFollows, out CountedNoun noun)
    {
        if (Lexicon.DualStemSpans.TryGetValue(singular, out var found) && (an ? found.DualAn : found.DualYn || (twoFollows && found.DualAn)))
        {
            noun = found;
            return true;
        }

        noun = null!;
        return false;
    }

    /// <summary>
    /// «و600 ألف» or «و500» after a number that ended on the scale <paramref name="scale"/>: digits joined by و, times
    /// a smaller scale word after them. Without a scale word the digits must be under a thousand and follow ألف
    /// (ألف و500 is 1,500; «مليون و500» reads as two amounts more often than as 1,000,500).
    /// </summary>
    private bool TryReadDigitPart(int index, double scale, out double part, out int next)
    {
        part = 0;
        next = index;
        if (scale < 1e3 || !context.IsWord(index))
        {
            return false;
        }

        var folded = context.FoldedAt(index).AsSpan();
        if (folded.Length < 2 || folded[0] != 'و' || !DigitAmount.TryParse(folded[1..], out var digits, out _) || digits <= 0)
        {
            return false;
        }

        if (context.IsWord(index + 1) && Lexicon.NumberWords.TryGetSingle(context.FoldedAt(index + 1), out var after)
            && after.Kind is NumberWordKind.Scale or NumberWordKind.ScalePlural)
        {
            // «بين 22 ألفا و72 ألف طلب»: a scale as large as the first one starts a second amount.
            var factor = IsPowerOfThousand(after.Value) ? after.Value
                : context.FoldedAt(index + 1).EndsWith('ا') ? after.Value / 2 : 0; // ألفا، مليونا: accusative singular
            if (factor == 0 || factor >= scale || digits >= 1000)
            {
                return false;
            }

            part = digits * factor;
            next = index + 2;
            return true;
        }

        if (scale == 1e3 && digits < 1000 && digits == Math.Floor(digits))
        {
            part = digits;
            next = index + 1;
            return true;
        }

        return false;
    }

    /// <summary>The largest power of a thousand that <paramref name="value"/> reaches (1e6 for 3,000,000).</summary>
    private static double LargestPowerOfThousandIn(double value)
    {
        var power = 1e12;
        while (power >= 1e3 && value < power)
        {
            power /= 1e3;
        }

        return power;
    }

    private static bool IsPowerOfThousand(double value) =>
        value is 1e3 or 1e6 or 1e9 or 1e12;
}

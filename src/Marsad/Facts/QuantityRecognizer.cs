using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Facts;

/// <summary>
/// Finds quantities in a body: a number (digits or words, with its scale) and the noun it counts; «الدول الـ83»
/// and «الشهور الأربعة أو الخمسة» (definite noun, then the number); nouns in the dual (وزيران = 2). Skips words
/// inside <paramref name="blocked"/> (the dates), vague amounts, labels (الساعة 10), model names (اف-4), times and
/// bare years.
/// </summary>
internal sealed class QuantityRecognizer(FactContext context, bool[] blocked)
{
    private readonly NumberReader reader = new(context);

    private FactsLexicon Lexicon => context.Lexicon;

    public ImmutableArray<Quantity> Recognize()
    {
        var found = ImmutableArray.CreateBuilder<Quantity>();
        for (var i = 0; i < context.Count; i++)
        {
            if (!context.IsWord(i) || blocked[i])
            {
                continue;
            }

            if (TryDefinite(i, out var quantity, out var next) || TryPart(i, out quantity, out next) || TryNumber(i, out quantity, out next)
                || TryDual(i, out quantity, out next) || TryCountedOne(i, out quantity, out next))
            {
                found.Add(quantity);
                i = next - 1;
            }
        }

        return found.ToImmutable();
    }

    /// <summary>A definite counted noun followed by a definite number: الدول الـ83، الشهور الأربعة (أو الخمسة).</summary>
    private bool TryDefinite(int i, out Quantity quantity, out int next)
    {
        quantity = null!;
        next = i;
        if (!context.IsWord(i + 1) || blocked[i + 1])
        {
            return false;
        }

        // Every form below needs a definite number after the noun: asked once, before any other look-up.
        if (!TryDefiniteNumber(i + 1, out var value, out var afterNumber) || IsNameHead(i - 1))
        {
            return false; // «مجموعة الدول السبع» names a group
        }

        if (TryPossessedPlural(i, out var possessedStart, out var possessedUnit))
        {
            // «أيامها الأربعة»: a plural with its pronoun, then the definite number.
            next = afterNumber;
            quantity = Make(possessedStart, next, value, possessedUnit);
            return true;
        }

        foreach (var (stem, stemStart) in context.Stems(i))
        {
            var start = stemStart;
            if (!stem.StartsWith("ال", StringComparison.Ordinal) || stem.Length < 4)
            {
                continue;
            }

            // The noun must be a plural (الدول، الشهور): a singular before a definite number is an ordinal (القرن العشرين).
            var unit = Lexicon.CountedNouns.TryGetSingle(stem.AsSpan(2), out var noun) && !stem.AsSpan(2).SequenceEqual(noun.Singular) ? noun.Unit : null;

            // An unknown definite noun before «الـ83» or a cardinal word (الإمارات السبع) is still what is counted: an
            // ordinal would take its own form (الثالثة), so a definite cardinal after a definite noun counts it.
            if (unit is null && !reader.TryReadDigits(i + 1, out _) && !TryUnknownDefiniteNoun(i, stem, ref start, out unit))
            {
                continue;
            }

            unit ??= context.Body[(start + 2)..context.Words[i].End];

            next = afterNumber;
            // «الشهور الأربعة أو الخمسة»، «السنوات الثلاث إلى الخمس»: alternatives and ranges keep the lower bound.
            if ((context.FoldedAt(next) is "او" or "و" or "الي") && TryDefiniteNumber(next + 1, out _, out var afterAlternative))
            {
                next = afterAlternative;
            }

            quantity = Make(start, next, value, unit);
            return true;
        }

        return false;
    }

    /// <summary>The unit of a part of a whole counted by itself (ثلث الأراضي).</summary>
    public const string ShareUnit = "share";

    /// <summary>A part of a whole counted by itself, the span the part word alone: «ثلث الأراضي», «ربع المنتجين», «خمس
    /// الصادرات» (letters that also spell a cardinal only before a definite whole), «بلوغ الثلث» (definite, where the
    /// lexicon lets it stand alone, with no definite word after it). Before a scale or a counted noun (ربع مليون، ربع
    /// ساعة) the number reader reads it.</summary>
    private bool TryPart(int i, out Quantity quantity, out int next)
    {
        quantity = null!;
        next = i + 1;
        foreach (var (stem, stemStart) in context.Stems(i))
        {
            var definite = stem.StartsWith("ال", StringComparison.Ordinal);
            var bare = definite ? stem.AsSpan(2) : stem.AsSpan();
            if (!Lexicon.PartWords.MayBeSingle(bare) || !Lexicon.PartWords.TryGetSingle(bare, out var part))
            {
                continue;
            }

            if (IsNumberWordAt(i - 1) || (definite ? !part.Alone || !IsShareAlone(i + 1) : !IsWholeAt(i + 1, part.Cardinal)))
            {
                return false; // «الخامس عشر»، «الخمس» (the five), «خمس سنوات», «ربع النهائي»
            }

            quantity = Make(stemStart, next, part.Value, ShareUnit);
            return true;
        }

        return false;
    }

    /// <summary>Whether the word after a part word is the whole it divides: a noun that is no counted noun, number word
    /// or particle (those make a number: ربع ساعة), definite after a word that is also a cardinal.</summary>
    private bool IsWholeAt(int index, bool cardinal)
    {
        if (!context.IsWord(index) || Covers(index, index + 1))
        {
            return false;
        }

        var folded = context.FoldedAt(index);
        if (folded.Length < 3 || !NumberReader.IsArabicLetters(folded) || Lexicon.NotPartWholes.Contains(folded) || Lexicon.NotNouns.Contains(folded)
            || Lexicon.NumberWords.ContainsWord(folded) || reader.TryReadNoun(index, allowAccusative: false, out _, out _))
        {
            return false;
        }

        // «خمس السنوات الماضية»، «عشر الدقائق الأولى»: a cardinal's letters before a definite counted noun count it.
        return !cardinal || (folded.Length > 3 && folded.StartsWith("ال", StringComparison.Ordinal)
            && !Lexicon.CountedNouns.TryGetSingle(folded.AsSpan(2), out _));
    }

    /// <summary>Whether a definite part word stands alone: no definite word after it (الربع الأخير، الربع الخالي).</summary>
    private bool IsShareAlone(int index) =>
        !context.IsWord(index) || !(context.FoldedAt(index).StartsWith("ال", StringComparison.Ordinal) || Lexicon.NotPartWholes.Contains(context.FoldedAt(index)));

    /// <summary>A number word, definite or not, or an ordinal unit, also under a proclitic (والخامس عشر): a part word
    /// after it is the tens of a compound.</summary>
    private bool IsNumberWordAt(int index)
    {
        if (!context.IsWord(index))
        {
            return false;
        }

        foreach (var (stem, _) in context.Stems(index))
        {
            if (Lexicon.NumberWords.ContainsWord(stem) || Lexicon.OrdinalUnits.Contains(stem)
                || (stem.StartsWith("ال", StringComparison.Ordinal) && Lexicon.NumberWords.ContainsWord(stem.AsSpan(2))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word after «ونصف» makes the fraction a share of it: any word but a preposition, particle or
    /// adverb (not-nouns.txt) is the whole in a construct («ونصف المصابين», «ونصف سكان القرية»), not more of the amount.</summary>
    private bool IsWholeAfterFraction(int index) =>
        context.IsWord(index) && !Lexicon.NotNouns.Contains(context.FoldedAt(index));

    /// <summary>A listed plural with a possessive pronoun glued on (أيامها، سنواته), also under a proclitic, which stays
    /// out of the span (بمواده الـ43): its unit.</summary>
    private bool TryPossessedPlural(int i, out int start, out string unit)
    {
        start = 0;
        unit = string.Empty;
        foreach (var (stem, stemStart) in context.Stems(i))
        {
            if (stem.StartsWith("ال", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var suffix in Lexicon.PronounSuffixes)
            {
                if (stem.Length - suffix.Length < 3 || !stem.EndsWith(suffix, StringComparison.Ordinal))
                {
                    continue;
                }

                var noun = stem.AsSpan(0, stem.Length - suffix.Length);
                // The plural may be spelled with ة turned to ت before the suffix is dropped; only listed plurals count.
                if (Lexicon.CountedNouns.TryGetSingle(noun, out var counted) && !noun.SequenceEqual(counted.Singular))
                {
                    start = stemStart;
                    unit = counted.Unit;
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsNameHead(int index)
    {
        if (!context.IsWord(index))
        {
            return false;
        }

        foreach (var (stem, _) in context.Stems(index))
        {
            if (Lexicon.NameHeads.Contains(stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an unknown definite word before a cardinal word is the counted noun. A nisba adjective (الغربية) hands
    /// over to the definite noun it describes (الدول الغربية الثلاث); after a listed plural the definite word is a genitive
    /// or an adjective (دول الساحل الخمس، الوزراء الشيعة الخمسة) and the plural is counted, the span from it; after another
    /// indefinite content word (ركلات الجزاء الثلاث) the head is unknown, so it is left out.
    /// </summary>
    private bool TryUnknownDefiniteNoun(int i, string stem, ref int start, out string? unit)
    {
        unit = null;
        if (stem.EndsWith('ي') || stem.EndsWith("يه", StringComparison.Ordinal))
        {
            if (!context.IsWord(i - 1) || !context.FoldedAt(i - 1).StartsWith("ال", StringComparison.Ordinal))
            {
                return false;
            }

            var (_, nounStart) = context.Stems(i - 1)[0];
            start = nounStart;
            unit = context.Body[(nounStart + 2)..context.Words[i - 1].End];
            return true;
        }

        if (TryListedPluralAt(i - 1, out var headStart, out var headUnit))
        {
            // «الوزراء الشيعة الخمسة», «دول المنظمة الثماني»: a listed plural before the definite word is what is
            // counted, and the span runs from it (docs/gold-conventions.md: a definite number keeps its noun).
            start = headStart;
            unit = headUnit;
            return true;
        }

        var before = context.FoldedAt(i - 1);
        return !context.IsWord(i - 1) || before.StartsWith("ال", StringComparison.Ordinal) || before.StartsWith("وال", StringComparison.Ordinal)
            || Lexicon.NotNouns.Contains(before) || Lexicon.NumberWords.ContainsWord(before);
    }

    /// <summary>A plural form of a listed counted noun at <paramref name="index"/>, definite (الوزراء) or in the construct
    /// (دول), also under a proclitic, which stays out: where it starts and its unit.</summary>
    private bool TryListedPluralAt(int index, out int start, out string unit)
    {
        (start, unit) = (0, string.Empty);
        if (!context.IsWord(index) || blocked[index])
        {
            return false;
        }

        foreach (var (stem, stemStart) in context.Stems(index))
        {
            var noun = stem.StartsWith("ال", StringComparison.Ordinal) ? stem.AsSpan(2) : stem.AsSpan();
            if (Lexicon.CountedNouns.TryGetSingle(noun, out var counted) && !noun.SequenceEqual(counted.Singular))
            {
                (start, unit) = (stemStart, counted.Unit);
                return true;
            }
        }

        return false;
    }

    /// <summary>A definite number after a noun: «الـ83», «الأربعة», and the compounds «الخمس عشرة» (a unit and عشر) and
    /// «الأربع والعشرين» (a unit, و and a definite tens word); <paramref name="after"/> is the word after it.</summary>
    private bool TryDefiniteNumber(int index, out double value, out int after)
    {
        value = 0;
        after = index + 1;
        if (!context.IsWord(index))
        {
            return false;
        }

        if (reader.TryReadDigits(index, out var digits) && digits.Definite && digits.Next == index + 1)
        {
            value = digits.Value;
            return true;
        }

        var folded = context.FoldedAt(index);
        if (folded.StartsWith("ال", StringComparison.Ordinal) && Lexicon.NumberWords.TryGetSingle(folded.AsSpan(2), out var word)
            && word.Kind is NumberWordKind.Unit or NumberWordKind.Ten)
        {
            var following = context.IsWord(index + 1) && !blocked[index + 1] ? context.FoldedAt(index + 1) : string.Empty;
            var teen = word.Kind == NumberWordKind.Unit && Lexicon.NumberWords.TryGetSingle(following, out var ten) && ten.Kind == NumberWordKind.Ten;
            if (!teen && (!word.Alone || Lexicon.Weekdays.ContainsWord(folded)))
            {
                return false; // «الأحد» alone is Sunday or "the one"; «الأحد عشر» is eleven
            }

            value = word.Value;
            if (word.Kind == NumberWordKind.Unit)
            {
                if (teen)
                {
                    value += 10;
                    after = index + 2;
                }
                else if (following.StartsWith("وال", StringComparison.Ordinal) && Lexicon.NumberWords.TryGetSingle(following.AsSpan(3), out var tens)
                    && tens.Kind == NumberWordKind.Tens)
                {
                    value += tens.Value;
                    after = index + 2;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>What an unlisted noun after the number must look like to be what it counts. A bare year counts nothing.</summary>
    private CountedNounForm NounFormAfter(NumberRead number, int first, int end)
    {
        var lastWord = context.FoldedAt(end - 1);
        if (Lexicon.NumberWords.TryGetSingle(lastWord, out var last) && last.Kind is NumberWordKind.Scale or NumberWordKind.ScalePlural)
        {
            // «25 مليونا»: a scale word in the accusative after a number already is the counted amount; what follows
            // starts a new phrase (مليونا يحق لهم), unless the lexicon knows it as a counted noun.
            return end - 1 > first && lastWord[^1] == 'ا' ? CountedNounForm.None : CountedNounForm.AfterScale;
        }

        if (!number.IsInteger || IsBareYear(number))
        {
            return CountedNounForm.None;
        }

        return number.Value switch
        {
            >= 3 and <= 10 => CountedNounForm.Plural,
            >= 11 => CountedNounForm.Singular,
            _ => CountedNounForm.None,
        };
    }

    private bool TryNumber(int i, out Quantity quantity, out int next)
    {
        quantity = null!;
        next = i;
        if (!reader.TryRead(i, out var number) || IsLabel(i) || IsModelName(i, number))
        {
            return false;
        }

        var end = number.Next;
        if (Covers(i, end))
        {
            return false;
        }

        // «أربعة أو خمسة أشهر»: the lower bound, the whole phrase as the span.
        if (context.FoldedAt(end) == "او" && reader.TryRead(end + 1, out var alternative) && !Covers(end + 1, alternative.Next))
        {
            end = alternative.Next;
        }
        else if (!number.FromDigits && IsJoinedAlternative(end, out var joinedEnd))
        {
            // «خمس وعشر سنوات» (five to ten years): two counts of one noun joined by و; the lower bound.
            end = joinedEnd;
        }

        var allowAccusative = number.IsInteger && number.Value % 100 is >= 11 and <= 99;
        string? unit = null;
        if (!Covers(end, end + 1) && reader.TryReadNoun(end, allowAccusative, NounFormAfter(number, i, end), out var counted, out var afterNoun) && !Covers(end, afterNoun))
        {
            unit = counted;
            end = afterNoun;
            if (context.IsWord(end) && Lexicon.UnitAdjectives.Contains(context.FoldedAt(end)) && !Covers(end, end + 1))
            {
                end = reader.AfterJoinedNoun(end + 1); // «40 ميلا بحريا»; a rate adverb (برميل يوميا) stays out
            }
        }

        var value = number.Value;
        if (unit is not null && number.IsInteger && TryJoinedFraction(end, out var fraction))
        {
            value += fraction; // «ثلاث سنوات ونصف» = 3.5
            end++;
        }

        if (unit is null && number.FromDigits && number.Next == i + 1 && TryRangeScale(i, end, out var scale, out var rangeUnit))
        {
            value *= scale; // «بين 60 و65 مليون دينار»: the first bound is in millions too
            unit = rangeUnit;
        }

        // A number word under لـ with nothing counted after it is seldom a count: «لست واثقا» is "I am not". Under و، ف or
        // بـ it still is: a list («اثنان … وثلاثة»), a score («فاز بثلاثة مقابل هدف»).
        if (unit is null && (number.NeedsNoun || IsBareYear(number) || (!number.FromDigits && number.Start == context.Words[i].Start + 1 && context.Body[context.Words[i].Start] == 'ل')))
        {
            return false;
        }

        next = end;
        quantity = Make(number.Start, end, value, unit);
        return true;
    }

    /// <summary>The scale and unit a range's second bound gives its bare first one: «بين 60 و65 مليون دينار», «من 3
    /// إلى 5 مليارات دولار». <paramref name="end"/> is the word after the first bound.</summary>
    private bool TryRangeScale(int i, int end, out double scale, out string? unit)
    {
        scale = 1;
        unit = null;
        if (!context.IsWord(i - 1) || !context.IsWord(end))
        {
            return false;
        }

        var second = context.SecondRangeBound(i, end);
        if (second < 0 || !reader.TryReadDigits(second, out var bound) || bound.Next != second + 2 || !reader.TryScaleAt(second + 1, out scale))
        {
            return false;
        }

        if (reader.TryReadNoun(bound.Next, allowAccusative: false, out var counted, out _))
        {
            unit = counted;
        }

        return true;
    }

    /// <summary>A number word glued to و right after a number word (وعشر), with a noun after it that the first
    /// number alone would not take: the second count of a range.</summary>
    private bool IsJoinedAlternative(int index, out int end)
    {
        end = index;
        var folded = context.FoldedAt(index);
        if (folded.Length < 3 || folded[0] != 'و' || !Lexicon.NumberWords.TryGetSingle(folded.AsSpan(1), out var word)
            || word.Kind is not (NumberWordKind.Unit or NumberWordKind.Ten) || word.Value < 3 || Covers(index, index + 2))
        {
            return false;
        }

        if (!reader.TryReadNoun(index + 1, allowAccusative: false, out _, out _))
        {
            return false;
        }

        end = index + 1;
        return true;
    }

    private bool TryDual(int i, out Quantity quantity, out int next)
    {
        quantity = null!;
        if (!reader.TryReadDual(i, out var start, out var noun, out next, definiteTime: true, unlisted: true) || Covers(i, next))
        {
            return false;
        }

        var unit = ReferenceEquals(noun, NumberReader.UnlistedDual) ? null : noun.Unit;
        if (unit is not null && context.FoldedAt(next) == "او" && reader.TryRead(next + 1, out var alternative) && !alternative.Definite
            && reader.TryReadNoun(alternative.Next, allowAccusative: false, out var alternativeUnit, out var afterAlternative)
            && alternativeUnit == unit && !Covers(next, afterAlternative))
        {
            next = afterAlternative; // «سنتين أو ثلاث سنوات»: alternatives keep the lower bound, the whole phrase the span
        }

        var value = 2.0;
        if (unit is not null && TryJoinedFraction(next, out var fraction))
        {
            value += fraction; // «عامين ونصف» = 2.5
            next++;
        }

        quantity = Make(start, next, value, unit);
        return true;
    }

    /// <summary>A fraction joined by و right after a counted noun (عامين ونصف، ثلاث ساعات وربع): part of the amount,
    /// unless a whole follows it («20 شخصا ونصف المصابين», «40 لاجئا ونصف سكان القرية» are halves of others).</summary>
    private bool TryJoinedFraction(int index, out double fraction)
    {
        fraction = 0;
        if (!context.IsWord(index) || blocked[index])
        {
            return false;
        }

        var folded = context.FoldedAt(index);
        if (folded.Length < 3 || folded[0] != 'و' || !Lexicon.NumberWords.TryGetSingle(folded.AsSpan(1), out var word)
            || word.Kind != NumberWordKind.Fraction || IsWholeAfterFraction(index + 1))
        {
            return false;
        }

        fraction = word.Value;
        return true;
    }

    /// <summary>A listed counted noun in the singular with «واحد» after it: «يوم واحد», «هدفا واحدا», «بدولة واحدة» (the
    /// proclitic left out) count one. «واحد» alone is seldom a count (number-words.tsv), after its noun it is.</summary>
    private bool TryCountedOne(int i, out Quantity quantity, out int next)
    {
        quantity = null!;
        next = i + 2;
        if (!IsOneAt(i + 1) || Covers(i, next))
        {
            return false;
        }

        foreach (var (stem, stemStart) in context.Stems(i))
        {
            if (Lexicon.CountedNouns.TryGetSingle(stem, out var noun) && IsSingular(stem, noun.Singular))
            {
                quantity = Make(stemStart, next, 1, noun.Unit);
                return true;
            }
        }

        return false;
    }

    /// <summary>«واحد», «واحدة», «واحدا»: the number one after its noun.</summary>
    private bool IsOneAt(int index)
    {
        if (!context.IsWord(index))
        {
            return false;
        }

        var folded = context.FoldedAt(index).AsSpan();
        if (folded.Length is < 4 or > 5 || folded[0] != 'و')
        {
            return false; // a cheap screen: this runs after every word
        }

        if (folded.Length == 5 && folded[^1] == 'ا')
        {
            folded = folded[..^1]; // the accusative «واحدا»
        }

        return Lexicon.NumberWords.TryGetSingle(folded, out var word) && word.Kind == NumberWordKind.Unit && word.Value == 1;
    }

    /// <summary>A noun's singular, or its accusative (يوما).</summary>
    private static bool IsSingular(string stem, string singular) =>
        stem == singular || (stem.Length == singular.Length + 1 && stem[^1] == 'ا' && stem.StartsWith(singular, StringComparison.Ordinal));

    /// <summary>A number after الساعة، القرار، المادة ... names a thing; it does not count one.</summary>
    private bool IsLabel(int i)
    {
        if (!context.IsWord(i - 1))
        {
            return false;
        }

        foreach (var (stem, _) in context.Stems(i - 1))
        {
            if (Lexicon.NonQuantityContexts.Contains(stem))
            {
                return true; // «والمادة 93»
            }
        }

        return false;
    }

    /// <summary>Digits glued to letters by a hyphen (اف-4، F-16، 4-X) are a model name.</summary>
    private bool IsModelName(int i, NumberRead number)
    {
        if (!number.FromDigits)
        {
            return false;
        }

        var words = context.Words;
        var word = words[i];
        var before = context.IsMark(i - 1, '-') && words[i - 1].End == word.Start && context.IsWord(i - 2) && words[i - 2].End == words[i - 1].Start;
        var after = context.IsMark(i + 1, '-') && words[i + 1].Start == word.End && context.IsWord(i + 2) && words[i + 2].Start == words[i + 1].End;
        return before || after;
    }

    /// <summary>A four-digit number between 1900 and 2100 with nothing counted is a year, not an amount.</summary>
    private static bool IsBareYear(NumberRead number) =>
        number.FromDigits && !number.Grouped && number.IsInteger && number.Value is >= 1900 and <= 2100;

    private bool Covers(int from, int to)
    {
        for (var k = Math.Max(0, from); k < Math.Min(to, blocked.Length); k++)
        {
            if (blocked[k])
            {
                return true;
            }
        }

        return false;
    }

    private Quantity Make(int start, int endWord, double value, string? unit)
    {
        var end = context.Words[endWord - 1].End;
        return new Quantity(context.Body[start..end], value, unit, start, end);
    }
}

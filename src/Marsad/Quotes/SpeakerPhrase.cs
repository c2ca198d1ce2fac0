namespace Marsad.Quotes;

/// <summary>
/// Finds and splits speaker noun phrases: «وزير الخارجية الفرنسي جان إيف لودريان», «الناطقة باسم الوزارة سلمى
/// حداد», «لودريان، وزير الخارجية الفرنسي», «وزارة الدفاع البريطانية (وايتهول)».
/// Works on tokens only; the entity linker refines the result where it knows the name.
/// </summary>
internal sealed class SpeakerPhrase(QuoteText text, QuoteLexicon lexicon)
{
    private const int MaxWords = 14;

    /// <summary>The noun phrase starting at token <paramref name="start"/>: [start, end). Empty when the token
    /// cannot start one (a preposition, a complementizer, punctuation).</summary>
    public int ParseEnd(int start)
    {
        // «مدير عام شركة الخليج العربي | للنفط»: a phrase never stops inside the name of an entity it holds — unless the
        // tagger ran that name onto the complementizer («أحمد المسلم بأن»): the report starts there.
        var end = ParseEndInside(start);
        var limit = Math.Min(text.Count, start + MaxWords + 4);
        return end > start && end < limit && text.AfterMentionAcross(start, end, limit) is var after and > 0 && !HoldsComplementizer(end, after)
            ? after
            : end;
    }

    private bool HoldsComplementizer(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text.IsWord(k) && lexicon.Complementizers.Contains(text.Key(k)))
            {
                return true;
            }
        }

        return false;
    }

    private int ParseEndInside(int start)
    {
        var k = start;
        var roleOnly = true;
        var hasRole = false;
        var afterPlace = -1;
        var noName = true;
        var apposition = false;
        // «سكان من قرية الحصن»، «متابعون للشأن النقابي»: an unnamed source keeps the group it comes from.
        var anonymous = text.IsWord(start) && lexicon.AnonymousHeads.Contains(QuoteLexicon.WithoutWaw(text.Key(start)));
        if (IsOwnSources(start))
        {
            return start + 1;
        }

        while (k < text.Count && k - start < MaxWords + 4)
        {
            if (k > start && text.ParagraphBreak(k - 1, k))
            {
                break;
            }

            var tok = text[k];
            if (tok.IsWord)
            {
                var key = tok.Key;
                // Organisations keep a place (وزارة الصحة في غزة) but not «عن»: «نقلت وكالة ... عن الوزير» relays a speaker.
                if (k > start && (hasRole || anonymous || (key != "عن" && lexicon.IsOrgHead(text.Key(start))))
                    && noName && (lexicon.RolePrepositions.Contains(key) || (anonymous && lexicon.AnonymousPrepositions.Contains(key)))
                    && PlaceOfRole(start, k) is var placeEnd and > 0)
                {
                    // «رئيس لجنة المال في البرلمان اللبناني النائب ...»: where the role belongs is part of the phrase.
                    k = placeEnd;
                    afterPlace = k;
                    continue;
                }

                if (k > start && lexicon.IssuerPhraseAt(text, k) is var issuerWords and > 0 && PlaceObjectEnd(k + issuerWords - 1, out var issued) is var issuer and > 0 && issued)
                {
                    // «تقرير صادر عن المرصد الاجتماعي»، «بيان صادر عن الأمانة العامة»: the issuer belongs to the source,
                    // and closes it: «البيان الختامي الصادر عن الاجتماع أهمية …» goes on with the content.
                    k = issuer;
                    break;
                }

                if (lexicon.Complementizers.Contains(key) || lexicon.Cue(key, out _) is not null || lexicon.IsStopAt(text, k)
                    || lexicon.IsClauseBreak(key) || (k > start && text.Body[tok.End - 1] is 'ه' or 'ا' or 'م' && !IsDefiniteAt(k) && lexicon.IsPossessedAdjunct(key)))
                {
                    // «وختم الوزير مداخلته»: the speaker's own talk is the verb's object, not part of the speaker.
                    break;
                }

                // «وأكد الوزير أهمية الحفاظ على …»: an indefinite content noun after a definite word opens the content
                // of a noun-phrase cue; it is not a name.
                if (k > start && !IsDefiniteAt(k) && IsDefiniteAt(k - 1) && lexicon.ContentHeads.Contains(QuoteLexicon.WithoutWaw(key)))
                {
                    break;
                }

                // «مصدر دبلوماسي في نيويورك طلب عدم ذكر اسمه»، «مسؤول لم تسمه»: the source's own relative clause is
                // not part of it.
                if (anonymous && k > start && lexicon.AnonymousClauseOpeners.Contains(key))
                {
                    break;
                }

                // «مصدر نيابي لشفق نيوز»: an unnamed source speaks to an outlet; its group is a لل genitive, never a bare ل.
                if (anonymous && afterPlace < 0 && k > start && IsGluedLam(k))
                {
                    break;
                }

                // «مصادر في قطاع النقل لموقعنا»، «قال الوزير لصحيفتنا»: ل + a noun of ours is whom the speaker told.
                if (k > start && IsGluedLam(k) && key.Length > 4 && key.EndsWith("نا", StringComparison.Ordinal))
                {
                    break;
                }

                // «مصادر مطلعة لـ«الشروق»»: a one-letter preposition written apart ends the phrase.
                // «قال كيم مخاطبا ترامب»: an adverbial participle ends the phrase wherever it stands.
                if (key.Length == 1 || LooksLikeParticiple(key) || (k == start && IsPrepositional(key)))
                {
                    break;
                }

                if ((key.StartsWith("لل", StringComparison.Ordinal) || key.StartsWith("بال", StringComparison.Ordinal)) && !lexicon.IsRoleHead(key))
                {
                    // «المبعوث الأميركي للتحالف الدولي»: a genitive after a bare role, not an adjunct after a name.
                    // «الهيئة العامة للطيران»: also after an organisation's definite words, before any name.
                    // «منظمة الأمم المتحدة للطفولة»: likewise after an organisation's construct.
                    // «بيانات الإدارة العامة للجمارك»: a document's issuer keeps its own لل genitive.
                    var organisation = noName && (lexicon.IsOrgHead(text.Key(start))
                        || lexicon.DocumentHeads.Contains(QuoteLexicon.WithoutArticle(QuoteLexicon.WithoutWaw(text.Key(start)))));
                    // «وزير الشؤون الخارجية ... والمغاربة المقيمين بالخارج، ناصر بوريطة،»: the role's last words before
                    // the name in apposition.
                    var beforeApposition = roleOnly && hasRole && noName && text.IsComma(k + 1) && NameBetweenCommas(k + 1) > 0;
                    if (beforeApposition)
                    {
                        k++;
                        continue;
                    }

                    if (!((roleOnly || organisation || anonymous) && key.StartsWith("لل", StringComparison.Ordinal)))
                    {
                        break;
                    }
                }

                // «وزيرة المالية ووزيرة الدولة للشؤون الاقتصادية»: a second role joined by و continues the title.
                var isRole = lexicon.IsRoleHead(key) || (k > start && hasRole && noName && lexicon.IsRoleHead(QuoteLexicon.WithoutWaw(key)));
                hasRole |= isRole;
                roleOnly &= isRole || IsDefiniteAt(k) || IsDemonym(key) || key.StartsWith("لل", StringComparison.Ordinal);
                // «لجنة المال»: a plain noun before a definite one is a construct, not yet a name.
                // «مسؤول كبير في الجامعة»: an adjective right after an indefinite role is not a name either.
                var modifiesRole = k > start && text.IsWord(k - 1) && lexicon.IsRoleHead(text.Key(k - 1)) && !IsDefiniteAt(k - 1);
                // «المديرة العامة لإكسبو 2020 دبي، ريم الهاشمي»: a glued-ل genitive, a number and the word after them
                // name what the role belongs to, not the speaker.
                var ofRole = IsGluedLam(k) || IsNumber(k) || (k > start && (IsGluedLam(k - 1) || IsNumber(k - 1)) && text.IsComma(k + 1));
                // «وكالة «موديز» للتصنيف»: a quoted name after a head is its genitive, like a definite word.
                var quotedNext = text.SpanOpeningAt(k + 1) is { Closed: true } named && text.WordCount(named.InnerStart, named.InnerEnd) <= 3;
                // «مصرفي في مسقط»: an unnamed source's head word is no name, whether or not it is a role word.
                noName &= isRole || modifiesRole || (k == start && anonymous) || IsDefiniteAt(k) || IsDemonym(key) || key.StartsWith("لل", StringComparison.Ordinal) || IsDefiniteAt(k + 1) || ofRole
                          || (quotedNext && (isRole || lexicon.IsOrgHead(key)))
                          // «نائب رئيس مجلس إدارة شركة الكهرباء»: an organisation noun after a role is still its genitive chain.
                          || (hasRole && !IsDefiniteAt(k) && lexicon.IsOrgHead(key));
                k++;
                continue;
            }

            var c = text.Body[tok.Start];
            if (k > start && text.IsJoiningHyphen(k))
            {
                // «هينيس-بلاسخارت»: a hyphen with no space around it joins the two parts of one name; the part after it
                // is a name's, never a participle or a stop word («غراندي-مارلاسكا»، «دي-لا»).
                k += 2;
                continue;
            }

            if (c == '(' && k > start && CloseWithin(k, ')', 5) is var close and > 0)
            {
                k = close + 1;
                continue;
            }

            if (k > start && text.SpanOpeningAt(k) is { Closed: true } span && text.WordCount(span.InnerStart, span.InnerEnd) <= 3
                && (text[k - 1].Key.StartsWith('و') || lexicon.IsOrgHead(text.Key(k - 1)) || QuotedGenitive(k - 1, span, hasRole)))
            {
                // «الولايات المتحدة وقوات «قسد»»، «صحيفة "الغارديان"»: a quoted name inside the phrase.
                k = text.TokenAt(span.CloseMark);
                k++;
                continue;
            }

            if ((c == '،' || c == ',') && k > start && hasRole && noName
                && (NameBetweenCommas(k) is var nameEnd and > 0 || (nameEnd = NameAfterSecondRole(k)) > 0))
            {
                // «الباحث الرئيسي في الدراسة، جيمس كولينز، إن»: the name in apposition after the role; the commas
                // bound it, so a long chain of roles and titles before it is no run-on phrase.
                k = nameEnd;
                apposition = true;
                break;
            }

            if ((c == '،' || c == ',') && k > start && !hasRole && text.IsWord(k + 1) && lexicon.IsRoleHead(text.Key(k + 1)))
            {
                // Apposition «لودريان، وزير الخارجية الفرنسي،»: the role up to the next comma.
                var m = k + 1;
                while (m < text.Count && text.IsWord(m) && !lexicon.Complementizers.Contains(text.Key(m))
                       && lexicon.Cue(text.Key(m), out _) is null && m - k <= 8)
                {
                    m++;
                }

                if (text.IsComma(m) || text.IsWord(m) is false)
                {
                    k = m;
                    hasRole = true;
                }

                break;
            }

            break;
        }

        if (hasRole && noName && k > start && NameAfterRoleComplement(k) is var holderEnd and > 0)
        {
            // «الأمين العام المساعد بالجامعة فلان»: a short complement of the role, then the name of the person who
            // holds it.
            k = holderEnd;
        }

        if (k - start > MaxWords && !apposition)
        {
            return start;
        }

        if (afterPlace > start)
        {
            return afterPlace < k ? Math.Min(k, RoleNameEnd(afterPlace, k, 3)) : k;
        }

        return k > start && lexicon.IsRoleHead(text.Key(start)) ? WithTrailingRole(RoleNameEnd(start, k, 3), k) : k;
    }

    private const int MaxRoleComplementWords = 4;

    /// <summary>The token after a person's name (the tagger's) that follows a role's complement in a glued «بال» at
    /// <paramref name="k"/> within a few plain words, or -1. «من» is left out: tried in session 14, its name found one
    /// more quote on a held-out half, but under a wrong speaker.</summary>
    private int NameAfterRoleComplement(int k)
    {
        if (!text.IsWord(k) || text.Names.IsEmpty)
        {
            return -1;
        }

        var key = text.Key(k);
        if (!key.StartsWith("بال", StringComparison.Ordinal) || lexicon.ProcliticLookalikes.Contains(key))
        {
            return -1;
        }

        for (var j = k + 1; j <= k + MaxRoleComplementWords && j < text.Count; j++)
        {
            if (!text.IsWord(j) || text.ParagraphBreak(j - 1, j) || lexicon.Complementizers.Contains(text.Key(j)) || lexicon.Cue(text.Key(j), out _) is not null
                || lexicon.IsStopAt(text, j))
            {
                return -1;
            }

            if (NameEndAt(text[j].Start) is var end and > 0)
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>The token after the tagger's person name that starts at character <paramref name="offset"/>, or -1.</summary>
    private int NameEndAt(int offset)
    {
        foreach (var (start, end) in text.Names)
        {
            if (start == offset)
            {
                return text.TokenAt(end);
            }
        }

        return -1;
    }

    /// <summary>«رئيس مجلس إدارة «إعمار» محمد العبار»، «مدرب "أسود الأطلس" أن»: a short quoted name right after an
    /// indefinite word of a role is the role's genitive when a name, a genitive or the content's complementizer follows
    /// it; «قال مسؤول «لن نتراجع».» stays a quotation.</summary>
    private bool QuotedGenitive(int head, QuotedSpan span, bool hasRole)
    {
        if (!hasRole || !text.IsWord(head) || IsDefiniteAt(head))
        {
            return false;
        }

        var next = text.TokenAt(span.CloseMark + 1);
        if (!text.IsWord(next) || text.ParagraphBreak(head, next))
        {
            return false;
        }

        var key = text.Key(next);
        return lexicon.Complementizers.Contains(key) || (lexicon.Cue(key, out _) is null && !lexicon.IsStopAt(text, next) && !LooksLikeParticiple(key));
    }

    /// <summary>«سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية أن»: a role written right after the name, up to the
    /// phrase end, stays in the mention.</summary>
    private int WithTrailingRole(int nameEnd, int end)
    {
        if (nameEnd >= end || !text.IsWord(nameEnd) || !lexicon.IsRoleHead(text.Key(nameEnd)) || IsDefiniteAt(nameEnd))
        {
            return Math.Min(nameEnd, end);
        }

        for (var k = nameEnd + 1; k < end; k++)
        {
            if (!IsDefiniteAt(k) && !text.Key(k).StartsWith("لل", StringComparison.Ordinal))
            {
                return nameEnd;
            }
        }

        return end;
    }

    /// <summary>The end of a prepositional phrase at <paramref name="prep"/> that tells where the role of the phrase
    /// at <paramref name="start"/> belongs (في البرلمان اللبناني، لدى الأمم المتحدة، عن كتلة دولة القانون، إلى ليبيا),
    /// or -1. It is kept when a name or another role follows it, or when it closes an indefinite role (مصدر في
    /// وزارة النقل أن); an occasion (في المؤتمر، في بيان) is never kept.</summary>
    private int PlaceOfRole(int start, int prep)
    {
        var m = prep + 1;
        if (!text.IsWord(m) || text.ParagraphBreak(prep, m) || IsAdjunctHead(text.Key(m)) || IsPhraseEnd(m))
        {
            return -1;
        }

        m = PlaceObjectEnd(prep, out var definite);
        if (m < 0)
        {
            return -1;
        }

        if (m >= text.Count || text.ParagraphBreak(prep, m))
        {
            return -1;
        }

        var nameOrRoleFollows = (text.IsWord(m) && !IsPhraseEnd(m) && !IsDefiniteAt(m) && !LooksLikeParticiple(text.Key(m)))
                                || (text.IsComma(m) && NameBetweenCommas(m) > 0);
        // «مصدر في وزارة النقل أن»، «وزارة الصحة في غزة إن»: a place closing an indefinite head before the content.
        var closesIndefiniteRole = !IsDefiniteAt(start) && (!text.IsWord(m) || IsPhraseEnd(m));
        return nameOrRoleFollows || closesIndefiniteRole ? m : -1;
    }

    /// <summary>The end of the noun after a role preposition: a construct chain of up to three plain words closed by a
    /// definite noun and its definite adjectives (كتلة دولة القانون، البرلمان اللبناني), or one plain word (ليبيا)
    /// before a name; -1 when neither.</summary>
    private int PlaceObjectEnd(int prep, out bool definite)
    {
        var m = prep + 1;
        var plain = 0;
        // «في دبي هلال المري»: a given name after the place starts the person's name. «في بروكسل لـ"المنصة"»: a
        // one-letter preposition written apart (to whom the source spoke) ends the place.
        while (text.IsWord(m) && text.Key(m).Length > 1 && !IsDefiniteAt(m) && !IsPhraseEnd(m) && !lexicon.NameParticles.Contains(text.Key(m)) && plain < 3
               && !(plain >= 1 && lexicon.FirstNames.Contains(text.Key(m))))
        {
            m++;
            plain++;
        }

        definite = false;
        while (!text.ParagraphBreak(prep, m))
        {
            if (text.IsWord(m) && !IsPhraseEnd(m) && (IsDefiniteAt(m) || text.Key(m).StartsWith("لل", StringComparison.Ordinal)))
            {
                m++;
                definite = true;
            }
            else if (m > prep + 1 && text.SpanOpeningAt(m) is { Closed: true } quoted && text.WordCount(quoted.InnerStart, quoted.InnerEnd) <= 3)
            {
                // «المحلل في شركة «غارتنر» للأبحاث فلان»: a quoted name closes the construct like a definite noun.
                m = text.TokenAt(quoted.CloseMark) + 1;
                definite = true;
            }
            else if (definite && text.IsPunct(m, '(') && CloseWithin(m, ')', 5) is var close and > 0)
            {
                // «الباحث في جامعة … (كاوست) فلان»: a bracketed short name of the place stays with it.
                m = close + 1;
            }
            else
            {
                break;
            }
        }

        if (definite)
        {
            return m;
        }

        return plain >= 1 ? prep + 2 : -1;
    }

    private static bool IsNisba(string key) => key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal);

    /// <summary>«الأمين العام للاتحاد، رئيس اللجنة العليا، الدكتور فلان،»: a second role set off by commas after the
    /// first, then the name in apposition; the end of the name, or -1.</summary>
    private int NameAfterSecondRole(int comma)
    {
        const int maxRoleWords = 6;
        var k = comma + 1;
        if (!text.IsWord(k) || IsDefiniteAt(k) || !lexicon.IsRoleHead(text.Key(k)))
        {
            return -1;
        }

        while (text.IsWord(k) && k - comma <= maxRoleWords && !IsPhraseEnd(k) && !lexicon.Complementizers.Contains(text.Key(k)) && lexicon.Cue(text.Key(k), out _) is null)
        {
            k++;
        }

        return text.IsComma(k) && !text.ParagraphBreak(comma, k) ? NameBetweenCommas(k) : -1;
    }

    /// <summary>One to three plain words between the comma at <paramref name="comma"/> and another comma, after up to
    /// two titles, a name particle's word counting with it (بن فلان، آل الشيخ): the end of the name (the token before
    /// the second comma + 1), or -1.</summary>
    private int NameBetweenCommas(int comma)
    {
        const int maxTitles = 2;
        var k = comma + 1;
        // «رئيسة اللجنة، الدكتورة منى فهمي،»، «…، الشيخ الدكتور فلان،»: titles before the name in apposition.
        for (var titles = 0; titles < maxTitles && text.IsWord(k) && IsDefiniteAt(k) && lexicon.IsRoleHead(text.Key(k)) && text.IsWord(k + 1); titles++)
        {
            comma++;
            k++;
        }

        if (IsDefiniteAt(k))
        {
            return -1;
        }

        var plain = 0;
        while (k < text.Count && plain < 3 && text.IsWord(k) && !IsPhraseEnd(k)
               && (AfterNameParticle(k) || (!IsDefiniteAt(k) && !lexicon.IsRoleHead(text.Key(k)))))
        {
            plain += lexicon.NameParticles.Contains(text.Key(k)) ? 0 : 1;
            k++;
        }

        // «، ريم الهاشمي،»: a family name in ال may close the name.
        if (k > comma + 1 && plain < 3 && IsDefiniteAt(k) && !lexicon.IsRoleHead(text.Key(k)) && !IsDemonym(text.Key(k)) && text.IsComma(k + 1))
        {
            k++;
        }

        return k > comma + 1 && text.IsComma(k) ? k : -1;
    }

    /// <summary>«بن عبدالكريم»، «آل الشيخ»: the word after a name particle is the name's, whatever else it could be.</summary>
    /// <summary>
    /// «خير الدين» in «رئيس الجمعية خير الدين فلان»: the ال word closes a compound given name after a plain word. Not
    /// after an organisation head («حزب الله») nor right after an indefinite role noun, whose genitive names a place
    /// («محافظ صلاح الدين»).
    /// </summary>
    private bool IsCompoundNameTail(int k) =>
        text.IsWord(k) && lexicon.CompoundNameTails.Contains(text.Key(k)) && text.IsWord(k - 1) && !IsDefiniteAt(k - 1)
        && !lexicon.IsRoleHead(text.Key(k - 1)) && !lexicon.IsOrgHead(text.Key(k - 1)) && !lexicon.NameParticles.Contains(text.Key(k - 1))
        && !(text.IsWord(k - 2) && lexicon.IsRoleHead(text.Key(k - 2)) && !IsDefiniteAt(k - 2));

    private bool AfterNameParticle(int k) =>
        text.IsWord(k) && text.IsWord(k - 1) && lexicon.NameParticles.Contains(text.Key(k - 1)) && !IsDefiniteAt(k - 1);

    /// <summary>«لقائنا»: a final hamza is written on a seat (ئ، ؤ) before a suffix; the listed noun is «لقاء».</summary>
    private bool HasFinalHamzaHead(ReadOnlySpan<char> stem) =>
        stem.Length > 2 && stem[^1] is 'ئ' or 'ؤ' && lexicon.AdjunctHeads.Contains(string.Concat(stem[..^1], "ء"));

    /// <summary>An occasion or medium noun, bare, with the article or with a possessive (بيانها، كلمته، المؤتمر).</summary>
    public bool IsAdjunctHead(string key)
    {
        var bare = QuoteLexicon.WithoutArticle(key);
        if (lexicon.AdjunctHeads.Contains(bare))
        {
            return true;
        }

        foreach (var suffix in lexicon.PossessiveSuffixes)
        {
            if (bare.Length > suffix.Length + 2 && bare.EndsWith(suffix, StringComparison.Ordinal)
                && (lexicon.AdjunctHeads.Contains(bare[..^suffix.Length]) || HasFinalHamzaHead(bare.AsSpan(0, bare.Length - suffix.Length))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An occasion noun with a possessive suffix as written (حديثه، كلمتها، تصريحاتهم), not a ة (رسالة).</summary>
    public bool IsPossessedOccasion(int k)
    {
        if (!text.IsWord(k) || IsDefiniteAt(k) || !(lexicon.IsPossessedAdjunct(text.Key(k)) || IsAdjunctHead(text.Key(k))))
        {
            return false;
        }

        var last = text.Body[text[k].End - 1];
        return last is 'ه' or 'ا' or 'م';
    }

    private bool IsPhraseEnd(int k)
    {
        var key = text.Key(k);
        return lexicon.Complementizers.Contains(key) || lexicon.Cue(key, out _) is not null || lexicon.IsStopAt(text, k)
               || lexicon.IsClauseBreak(key);
    }

    /// <summary>The end of «role words + at most <paramref name="maxNames"/> name words» (particles such as عبد, بن
    /// do not count), keeping a bracketed alias right after the name.</summary>
    private int RoleNameEnd(int start, int end, int maxNames)
    {
        var k = start;
        var organisation = false;
        while (k < end && (!text.IsWord(k) || IsRoleWord(k, start)))
        {
            organisation |= k > start && text.IsWord(k) && !IsDefiniteAt(k) && lexicon.IsOrgHead(text.Key(k));
            k++;
        }

        // «رئيسة بعثة الأمم المتحدة لمساعدة العراق (يونامي) فلانة»: an acronym in brackets closes the organisation the
        // role belongs to, so the name starts after it whatever the words before it look like.
        for (var p = k; p < end; p++)
        {
            if (text.IsPunct(p, '(') && CloseWithin(p, ')', 5) is var shut and > 0 && shut + 1 < end && text.IsWord(shut + 1)
                && !lexicon.IsStopAt(text, shut + 1) && !lexicon.IsRoleHead(text.Key(shut + 1)))
            {
                k = shut + 1;
                break;
            }
        }

        // «رئيس جمعية ستوب بولوشن خير الدين دبية»، «المتحدث باسم حكومة إقليم كردستان فلان»: an indefinite organisation
        // head after the role opens its genitive, and the organisation's own words come before the speaker's name; a
        // definite one («قائد الجيش السوداني») is complete, so the name after it keeps the usual length.
        var names = 0;
        while (k < end && names < (organisation ? maxNames + 2 : maxNames))
        {
            if (text.IsWord(k) && lexicon.IsRoleHead(text.Key(k)))
            {
                // «حاكم مصرف لبنان بالإنابة وسيم منصوري»: words before a later role word were its genitive, not the name.
                names = 0;
            }
            else if (names == 0 && k > start && text.IsWord(k) && !IsDefiniteAt(k) && lexicon.IsOrgHead(text.Key(k)))
            {
                organisation = true;
            }
            else if (text.IsWord(k) && !lexicon.NameParticles.Contains(text.Key(k)))
            {
                names++;
            }

            k++;
        }

        while (k < end && text.IsWord(k) && (lexicon.NameParticles.Contains(text.Key(k)) || (k > start && lexicon.NameParticles.Contains(text.Key(k - 1)))))
        {
            k++;
        }

        if (k < end && text.IsPunct(k, '(') && CloseWithin(k, ')', 5) is var close and > 0 && close < end)
        {
            k = close + 1;
        }

        return Math.Max(k, start + 1);
    }

    private bool IsRoleWord(int k, int start)
    {
        var key = text.Key(k);
        if (lexicon.IsRoleHead(key) || key.StartsWith("لل", StringComparison.Ordinal))
        {
            return true;
        }

        if (lexicon.NameParticles.Contains(key) || k == start)
        {
            return false;
        }

        // «مجلس النواب»، «وزارة الدفاع»: a plain noun before a definite word that does not close the phrase is a construct.
        var construct = !IsDefiniteAt(k) && IsDefiniteAt(k + 1) && IsDefiniteAt(k + 2) || (text.IsWord(k - 1) && lexicon.IsOnBehalf(text.Key(k - 1)));
        // «نائب رئيس مجلس إدارة شركة الكهرباء»: an organisation noun inside the role is its genitive chain, however long.
        var organisation = lexicon.IsOrgHead(key) && !lexicon.FirstNames.Contains(key);
        return IsDefiniteAt(k) || (IsDemonym(key) && !AfterDefinite(k)) || construct || organisation || InConstructChain(k);
    }

    /// <summary>«رئيس حكومة تصريف الأعمال نجيب ميقاتي»، «الأمين العام لمجلس التعاون ...»: up to two plain nouns (not given
    /// names) closed by a definite one, with more words after it, are the role's genitive chain, not the name.</summary>
    private bool InConstructChain(int k)
    {
        for (var m = k; m <= k + 2 && text.IsWord(m); m++)
        {
            if (IsDefiniteAt(m))
            {
                return m > k && text.IsWord(m + 1) && !lexicon.IsStopAt(text, m + 1);
            }

            if (lexicon.FirstNames.Contains(text.Key(m)) || lexicon.NameParticles.Contains(text.Key(m)) || lexicon.IsStopAt(text, m))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An indefinite nationality word right after a definite one cannot be its adjective: it is a name
    /// (العقيد تركي المالكي), unlike «مسؤول أميركي».</summary>
    private bool AfterDefinite(int k) =>
        !IsDefiniteAt(k) && text.IsWord(k - 1) && IsDefiniteAt(k - 1);

    private static bool LooksLikeParticiple(string key) =>
        key.Length >= 5 && key[0] == 'م' && key[^1] == 'ا' && !key.EndsWith("ها", StringComparison.Ordinal);

    /// <summary>The phrase cut to a role and at most two name words: for noun-phrase cues whose content follows the
    /// speaker with no mark between them (أكد وزير الخارجية جون كيري وقوف بلاده ...).</summary>
    public int CapEnd(int start, int end)
    {
        // «المفوضية السامية | للأمم المتحدة لشؤون اللاجئين الدول …»: the cap never falls inside an entity's name.
        var cap = CapEndInside(start, end);
        return cap > start && text.AfterMentionAcross(start, cap, end) is var after and > 0 ? after : cap;
    }

    private int CapEndInside(int start, int end)
    {
        if (lexicon.IsRoleHead(text.Key(start)))
        {
            return RoleNameEnd(start, end, 2);
        }

        // «كتلة الإصلاح النيابية إلى ...»: an organisation keeps its definite words.
        var k = start + 1;
        // A head with the article is no construct («الوزارة المجتمع الدولي»): only adjectives may follow it.
        var construct = !IsDefiniteAt(start) && lexicon.IsOrgHead(text.Key(start));
        if (construct && k < end && IsDefiniteAt(k))
        {
            k++;
        }

        if (construct || IsDefiniteAt(start))
        {
            // ... then nisba adjectives up to a nationality word: «منظمة الصحة العالمية المانحين»، «الصحة العالمية المانحين».
            while (k < end && IsDefiniteAt(k) && (IsNisba(text.Key(k)) || (k == start + 1 && lexicon.OrgAdjectives.Contains(text.Key(k)))) && !IsDemonym(text.Key(k - 1)))
            {
                k++;
            }
        }

        // «دعت فرنسا وألمانيا الاثنين إلى …»: a one-word name and a second one joined by و speak together.
        if (k == start + 1 && k < end && text.MentionStartsAt(start) && text.IsWord(k) && text.Key(k).Length > 2 && text.Key(k)[0] == 'و'
            && text.MentionStartsAt(k) && !IsDefiniteAt(start))
        {
            k++;
        }

        return Math.Min(end, k);
    }

    /// <summary>Splits a phrase into role words and the name: the name is the trailing run of plain words (no
    /// article, not a role, not a nationality), with a final family name in ال allowed (بشار الأسد); when the phrase
    /// opens with a name (name، role) the name is what precedes the comma. Returns an empty range for a role only.</summary>
    public (int Start, int End) NamePart(int start, int end)
    {
        // Drop a bracketed alias at the end: «وزارة الدفاع الأميركية (البنتاغون)».
        var e = end;
        if (e - 1 > start && text.IsPunct(e - 1, ')'))
        {
            var open = e - 1;
            while (open > start && !text.IsPunct(open, '('))
            {
                open--;
            }

            if (open > start)
            {
                e = open;
            }
        }

        if (!text.IsWord(start))
        {
            return (start, e);
        }

        if (!lexicon.IsRoleHead(text.Key(start)))
        {
            // Name first, role in apposition after a comma («سارا فلوريس، المتحدثة») or without one («سارا فلوريس
            // المتحدثة باسم الوزارة»); or a name / organisation / country without a role.
            for (var k = start; k < e; k++)
            {
                // «بن الشيخ»: a word after a name particle is the rest of the name, whatever it looks like.
                if (text.IsComma(k) || (k > start && text.IsWord(k) && lexicon.IsRoleHead(text.Key(k)) && IsDefiniteAt(k) && !IsDefiniteAt(start)
                                        && !lexicon.NameParticles.Contains(text.Key(k - 1))))
                {
                    return (start, k);
                }
            }

            return (start, e);
        }

        // «الشيخ عبدالله بن زايد آل نهيان وزير الخارجية»: a role after the name is dropped from the name.
        for (var r = start + 2; r < e; r++)
        {
            if (text.IsWord(r) && lexicon.IsRoleHead(text.Key(r)) && !IsDefiniteAt(r) && IsNameWord(r - 1, r) && IsNameWord(r - 2, r)
                && !lexicon.IsRoleHead(text.Key(r - 1)))
            {
                e = r;
                break;
            }
        }

        var s = e;
        while (s > start && IsNameWord(s - 1, e))
        {
            s--;
        }

        // «الدكتور محمد العبد العالي»: a given name followed by family names in ال (one or two) is the name.
        for (var g = e - 2; s == e && g >= Math.Max(start + 1, e - 3); g--)
        {
            if (text.IsWord(g) && lexicon.FirstNames.Contains(text.Key(g)) && !IsDefiniteAt(g) && !lexicon.IsOnBehalf(text.Key(g))
                && !lexicon.IsRoleHead(text.Key(g)) && AllDefinite(g + 1, e))
            {
                s = g;
            }
        }

        var plain = 0;
        for (var k = s; k < e; k++)
        {
            // A hyphenated pair (غراندي-مارلاسكا) is one name word.
            plain += lexicon.NameParticles.Contains(text.Key(k)) || IsDefiniteAt(k) || text.IsJoiningHyphen(k) || text.IsJoiningHyphen(k - 1) ? 0 : 1;
        }

        if (plain == 3 && lexicon.FirstNames.Contains(text.Key(s)) && lexicon.FirstNames.Contains(text.Key(s + 1)))
        {
            return (s, e);
        }

        // «مسؤول في وزارة الداخلية»، «سكان في شمال القطاع»: the words after a preposition name a place, not a person.
        if (s > start && s < e && lexicon.RolePrepositions.Contains(text.Key(s - 1)))
        {
            s = Math.Max(s, PlaceObjectEnd(s - 1, out _));
            if (s >= e)
            {
                return (e, e);
            }
        }

        // «رئيس جمعية نور حياة تونس كمال بوزيد»: a run of more than three plain words opening with an organisation's
        // head holds the organisation's name and then the speaker's; the speaker's is the last two plain words.
        if (plain > 3 && s > start && lexicon.IsOrgHead(text.Key(s)))
        {
            var tail = e;
            for (var counted = 0; tail > s && counted < 2; tail--)
            {
                counted += lexicon.NameParticles.Contains(text.Key(tail - 1)) || IsDefiniteAt(tail - 1) ? 0 : 1;
            }

            return (tail, e);
        }

        // «... في العراق جينين هينيس بلاسخارت»: after a definite word, three plain words cannot start with a genitive.
        if (plain > 2 && !HasParticle(s, e) && !AfterPlace(start, s))
        {
            // «رئيس وزراء بلجيكا شارل ميشيل»: a plain word right after a role noun is its genitive, not the name.
            if (s > start && lexicon.IsRoleHead(text.Key(s - 1)))
            {
                s++;
            }

            e = Math.Min(e, JoinedEnd(s + 2));
        }

        // «مصادر عسكرية»، «متحدثة باسم مستشفى»: an indefinite role with its adjective or genitive has no name.
        if (e - s == 1 && s > start && IsIndefiniteModifier(s))
        {
            return (e, e);
        }

        return (s, e);
    }

    /// <summary>The token after the word ending at <paramref name="end"/>, past any hyphen-joined parts (جان-نويل).</summary>
    private int JoinedEnd(int end)
    {
        while (text.IsJoiningHyphen(end))
        {
            end += 2;
        }

        return end;
    }

    /// <summary>«وتؤكد مصادرنا أن …»: an unnamed source head with «نا», the outlet's own sources, is the whole speaker.</summary>
    private bool IsOwnSources(int k)
    {
        if (!text.IsWord(k))
        {
            return false;
        }

        var key = text.Key(k).AsSpan();
        if (key.Length > 2 && key[0] == 'و')
        {
            key = key[1..];
        }

        return key.Length > 4 && key.EndsWith("نا", StringComparison.Ordinal)
               && lexicon.IsAnonymousHead(key[..^2]);
    }

    private bool IsGluedLam(int k)
    {
        var raw = text.Body.AsSpan(text[k].Start, text[k].End - text[k].Start);
        return raw.Length > 3 && raw[0] == 'ل' && raw[1] != 'ل' && !lexicon.ProcliticLookalikes.Contains(text.Key(k));
    }

    private bool IsNumber(int k)
    {
        foreach (var c in text.Body.AsSpan(text[k].Start, text[k].End - text[k].Start))
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool AllDefinite(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!IsDefiniteAt(k) || lexicon.IsRoleHead(text.Key(k)) || IsDemonym(text.Key(k)))
            {
                return false;
            }
        }

        return from < to;
    }

    /// <summary>«لشرق المتوسط»، «لمنظمة الصحة»: a word with a glued ل before a definite word is a genitive, no name.</summary>
    private bool IsGluedGenitive(int k)
    {
        if (!text.IsWord(k) || !IsDefiniteAt(k + 1))
        {
            return false;
        }

        var raw = text.Body.AsSpan(text[k].Start, text[k].End - text[k].Start);
        return raw.Length > 3 && raw[0] == 'ل' && raw[1] != 'ل' && !lexicon.ProcliticLookalikes.Contains(text.Key(k));
    }

    /// <summary>Whether a role preposition stands between <paramref name="start"/> and the name at <paramref name="s"/>
    /// with a definite place right before the name («... في العراق جينين هينيس بلاسخارت»): such a name is not a genitive.</summary>
    private bool AfterPlace(int start, int s)
    {
        if (s - 1 <= start || !IsDefiniteAt(s - 1) || lexicon.IsRoleHead(text.Key(s - 1)))
        {
            return false;
        }

        for (var k = start; k < s; k++)
        {
            if (text.IsWord(k) && lexicon.RolePrepositions.Contains(text.Key(k)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsIndefiniteModifier(int k)
    {
        var prev = text.Key(k - 1);
        if (lexicon.IsOnBehalf(prev))
        {
            return true;
        }

        var raw = text.Body.AsSpan(text[k].Start, text[k].End - text[k].Start);
        return lexicon.IsRoleHead(prev) && !IsDefiniteAt(k - 1) && (raw.EndsWith("ة") || raw.EndsWith("ي") || raw.EndsWith("ون") || raw.EndsWith("ين"));
    }

    private bool HasParticle(int s, int e)
    {
        for (var k = s; k < e; k++)
        {
            if (lexicon.NameParticles.Contains(text.Key(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role words of a phrase, without the article, for matching a role-only speaker to a person.</summary>
    public HashSet<string> RoleKeys(int start, int end)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var k = start; k < end; k++)
        {
            if (text.IsWord(k))
            {
                var key = QuoteLexicon.WithoutArticle(text.Key(k));
                if (key.StartsWith("لل", StringComparison.Ordinal))
                {
                    key = key[2..];
                }

                keys.Add(key);
            }
        }

        return keys;
    }

    public bool IsDemonym(string key) => lexicon.IsDemonym(key);

    private static bool IsDefinite(string key) =>
        QuoteLexicon.WithoutWaw(key).StartsWith("ال", StringComparison.Ordinal) && key.Length > 3;

    /// <summary>Whether token k carries the article as written: «ألينا» (hamza) is a name, «الوزير» is not.</summary>
    public bool IsDefiniteAt(int k)
    {
        if (!text.IsWord(k))
        {
            return false;
        }

        var raw = text.Body.AsSpan(text[k].Start, text[k].End - text[k].Start);
        if (raw.Length > 3 && raw[0] == 'و' && raw[1] == 'ا' && raw[2] == 'ل')
        {
            raw = raw[1..];
        }

        return raw.Length > 3 && raw[0] == 'ا' && raw[1] == 'ل';
    }

    /// <summary>A preposition-led word that cannot open a speaker phrase (لتجديد, بالمساعدة).</summary>
    private static bool IsPrepositional(string key) =>
        key.StartsWith("لل", StringComparison.Ordinal) || key.StartsWith("بال", StringComparison.Ordinal)
        || key.StartsWith("لت", StringComparison.Ordinal) || key.StartsWith("كال", StringComparison.Ordinal);

    private bool IsNameWord(int k, int end)
    {
        if (text.IsJoiningHyphen(k) || text.IsJoiningHyphen(k - 1))
        {
            // «جان-نويل»: the hyphen and the part after it belong to the name.
            return true;
        }

        if (!text.IsWord(k))
        {
            return false;
        }

        if (AfterNameParticle(k) || IsCompoundNameTail(k))
        {
            return true;
        }

        var key = text.Key(k);
        if (lexicon.IsRoleHead(key) || key.StartsWith("لل", StringComparison.Ordinal) || lexicon.IsStopAt(text, k) || lexicon.IsOnBehalf(key)
            || lexicon.IsOnBehalfOfPronoun(key) || IsGluedGenitive(k))
        {
            return false;
        }

        if (IsDemonym(key) && !AfterDefinite(k))
        {
            return false;
        }

        if (!IsDefiniteAt(k) || (text.IsWord(k - 1) && lexicon.NameParticles.Contains(text.Key(k - 1))) || (lexicon.NameParticles.Contains(key) && k + 1 == end))
        {
            return true;
        }

        // A family name in ال closes a name only after a plain given name (بشار الأسد, أبو بكر البغدادي).
        if (k + 1 != end || !text.IsWord(k - 1))
        {
            return false;
        }

        var prev = text.Key(k - 1);
        return !IsDefiniteAt(k - 1) && !lexicon.IsRoleHead(prev) && !prev.StartsWith("لل", StringComparison.Ordinal) && !lexicon.IsStopAt(text, k - 1) && !lexicon.IsOnBehalf(prev)
               && !IsGluedGenitive(k - 1)
               && !(IsDemonym(prev) && !AfterDefinite(k - 1));
    }

    private int CloseWithin(int open, char close, int max)
    {
        for (var k = open + 1; k < text.Count && k <= open + max + 1; k++)
        {
            if (text.IsPunct(k, close))
            {
                return k;
            }
        }

        return -1;
    }
}

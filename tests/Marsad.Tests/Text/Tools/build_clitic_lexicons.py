#!/usr/bin/env python3
"""Regenerates src/Marsad/Resources/text/clitics/{no-proclitic,short-proclitic,no-enclitic}.txt.

Counts words in the ANT corpus tarball (leaving out articles published 1-15 May 2018, which are held out), then
applies CliticAnalyzer's rule: a one-letter proclitic (و ف ب ل ك س) comes off a known word only when the rest of
the word is itself common (at least RATIO times the whole word's count), and an enclitic pronoun comes off only
when the stem is. Words where corpus evidence overrides the analyser's default go into the lists. The hand-picked
words (HAND_*) cover frequent cases the ratio gets wrong.

usage: build_clitic_lexicons.py ../shared/data/corpus/ant-multisource-v2.1.tar.gz src/Marsad/Resources/text/clitics
"""
import collections, datetime, email.utils, os, re, sys, tarfile

RATIO, MIN_COUNT = 0.2, 3
PRONOUNS = ['هما', 'كما', 'هم', 'هن', 'كم', 'ها', 'نا', 'ه']
HAND_NO_PROCLITIC = 'كانت كان كانوا كما كلما فكرة فقرة كلية سيدة بلغت باتت'.split()
HAND_NO_ENCLITIC = 'هناك هنالك ذلك كذلك لذلك تلك لكن كورونا أمينا'.split()
NO_ARTICLE = 'الله التي الذي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي اللائي الا الان الآن اللهم'.split()
HOSTS = 'من عن في على إلى لدى مع عند منذ حول بين دون ضد لكن أن إن كأن ليت لعل'.split()
WORD = re.compile(r'[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0640]+')
MARKS = re.compile(r'[\u064B-\u0652\u0670\u0640]')


def light(w):  # NormalizationMode.Light: alef forms → ا, ى → ي; ة kept apart from ه
    return w.translate(str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي'}))


def count_words(tarball):
    counts = collections.Counter()
    held_out = (datetime.date(2018, 5, 1), datetime.date(2018, 5, 15))
    with tarfile.open(tarball, 'r:gz') as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith('.txt'):
                continue
            text = tar.extractfile(member).read().decode('utf-8', 'replace')
            time = re.search(r'<TIME>(.*?)</TIME>', text, re.S)
            try:
                day = email.utils.parsedate_to_datetime(time.group(1).strip()).date() if time else None
            except (TypeError, ValueError):
                day = None
            if day and held_out[0] <= day <= held_out[1]:
                continue
            body = ' '.join(re.findall(r'<(?:TITLE|ABSTRACT|TEXT)>(.*?)</(?:TITLE|ABSTRACT|TEXT)>', text, re.S))
            for w in WORD.findall(body):
                counts[light(MARKS.sub('', w))] += 1
    return counts


def main(tarball, out):
    counts = count_words(tarball)
    hand_pro, hand_enc = {light(w) for w in HAND_NO_PROCLITIC}, {light(w) for w in HAND_NO_ENCLITIC}
    no_article, hosts = {light(w) for w in NO_ARTICLE}, {light(w) for w in HOSTS}

    def freq(r):  # a stem before a pronoun is written with ت for ة and ا for ى
        c = counts.get(r, 0)
        if r.endswith('ت'):
            c += counts.get(r[:-1] + 'ة', 0)
        if r.endswith('ا'):
            c += counts.get(r[:-1] + 'ي', 0)
        return c

    no_pro, short_pro, no_enc = set(hand_pro), set(), set(hand_enc)
    for v, cw in counts.items():
        if cw < MIN_COUNT or len(v) < 3:
            continue
        if v[0] in 'وفبلك' or (v[0] == 'س' and v[1] in 'يتنا'):
            r = 'ال' + v[2:] if v.startswith('لل') else v[1:]
            ratio_ok = freq(r) >= RATIO * cw
            if len(v) - 1 >= 3 and not (r.startswith('ال') and len(r) >= 4) and not ratio_ok:
                no_pro.add(v)
            if len(v) - 1 == 2 and v[0] in 'وفبلك' and ratio_ok and v not in hand_pro:
                short_pro.add(v)
        for s in PRONOUNS:
            if v.endswith(s):
                stem = v[:-len(s)]
                if (len(stem) >= 3 or stem in hosts) and freq(stem) < RATIO * cw and v not in no_article:
                    no_enc.add(v)
                break

    header = ("# Generated from word frequencies of the ANT news corpus (articles of 1-15 May 2018 left out) by\n"
              "# tests/Marsad.Tests/Text/Tools/build_clitic_lexicons.py: {}\n"
              "# Spelling: alef forms written as ا, alef maqsura as ي, no diacritics; ta marbuta kept. Users may add lines.\n")
    for name, words, what in (
            ('no-proclitic.txt', no_pro, "words whose first letter (و ف ب ل ك س) belongs to the word, not a clitic:\n# the rest of the word is rare compared with the whole (بريطانيا, وزير, كانت)."),
            ('short-proclitic.txt', short_pro, "words of three letters whose first letter (و ف ب ل ك) is a clitic on a two-letter word (وقد, ومن, فهو, بما, لكل)."),
            ('no-enclitic.txt', no_enc, "words whose ending (ه ها هم هما هن كم كما نا) is part of the stem, not a pronoun\n# (اتجاه, مياه, هناك).")):
        with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
            f.write(header.format(what))
            f.writelines(w + '\n' for w in sorted(words))
        print(name, len(words))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
"""Writes a large glossary for the term-alignment benchmark, in the Dragoman TSV format.

usage: tools/make-bench-glossary.py [N=100000] OUT.tsv

The glossary holds N concepts: first every concept of glossary/news.tsv, unchanged, so that real
news text has real matches; then synthetic ones. A synthetic concept has an Arabic term of one
to four words, built from plausible Arabic words (root-and-pattern forms and syllable chains such
as transliterated names) and real Arabic word pieces (heads like هيئة or محافظة, adjectives like
الوطنية, complements like للتنمية), with and without ال; about a third have Arabic variants
(spelling variants, short forms, plurals) and some have English variants. The English is a
pseudo-term made from the same pieces (a transliteration of the pseudo-words).

The glossary README's rules hold for the whole file: every English term (preferred or variant)
is unique ignoring case, and no Arabic form, preferred or variant, collides with another once it
is normalised (diacritics and tatweel stripped, alef forms, ى and ة unified, ال dropped on each
token). Deterministic: a fixed seed gives a byte-identical file. Prints the count.
"""
import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
REAL = os.path.join(ROOT, "glossary", "news.tsv")
HEADER = ["english", "arabic", "arabic_variants", "english_variants", "domain", "note"]
SEED = 20240207
DEFAULT_COUNT = 100_000

# ---------------------------------------------------------------------------------- normalising

DIACRITICS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}
UNIFY = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def key(form):
    """The README's collision key: diacritics and tatweel stripped, letters unified, ال dropped."""
    text = "".join(c for c in form if c not in DIACRITICS).translate(UNIFY).replace("-", " ")
    return " ".join(t[2:] if t.startswith("ال") and len(t) > 3 else t for t in text.split())


# --------------------------------------------------------------------------------- word pieces
# Written for this benchmark. Heads are (arabic, english, feminine); adjectives (masculine,
# feminine, english).

ROOT_LETTERS = "ببتتثججححخددذررررزسسششصضططظععغففققككللللممممننننهه"
LATIN = {"ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
         "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
         "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
         "ه": "h"}
# Root-and-pattern forms: digits 1-3 are the root letters, in the Arabic and in the Latin.
PATTERNS = [("123", "1a2a3"), ("1ا23", "1a2i3"), ("12ا3", "1i2a3"), ("12ي3", "1a2ee3"),
            ("12و3", "1a2oo3"), ("م12و3", "ma12u3"), ("م123", "ma12a3"), ("ت12ي3", "ta12ee3"),
            ("أ12ا3", "a12a3"), ("إ12ا3", "i12a3"), ("است12ا3", "isti12a3"),
            ("م1ا23", "ma1a2i3"), ("1و2ي3", "1u2ay3"), ("مت123", "muta12a3")]
SUFFIXES = [("", ""), ("", ""), ("", ""), ("ة", "a"), ("ي", "i"), ("ية", "iya"), ("ات", "at"),
            ("ون", "un"), ("ين", "in"), ("ان", "an"), ("ى", "a")]
SYLLABLES = [("كا", "ka"), ("رو", "ro"), ("لي", "li"), ("ما", "ma"), ("نو", "no"), ("بي", "bi"),
             ("دا", "da"), ("سي", "si"), ("تو", "to"), ("فا", "fa"), ("غو", "go"), ("را", "ra"),
             ("مي", "mi"), ("زا", "za"), ("شي", "shi"), ("لا", "la"), ("في", "fi"), ("كو", "ko"),
             ("دي", "di"), ("نا", "na"), ("بو", "bo"), ("سا", "sa"), ("تي", "ti"), ("هو", "ho"),
             ("جا", "ja"), ("طا", "ta"), ("قو", "qu"), ("ري", "ri"), ("مو", "mo"), ("خا", "kha"),
             ("بر", "bar"), ("كر", "kar"), ("ستا", "sta"), ("فر", "far"), ("تر", "tar")]
CLOSERS = [("", ""), ("ن", "n"), ("ر", "r"), ("ل", "l"), ("س", "s"), ("ك", "k"), ("م", "m"),
           ("ت", "t"), ("ف", "f"), ("ش", "sh"), ("د", "d"), ("غ", "g"), ("يا", "ya"),
           ("ستان", "stan"), ("فيل", "ville"), ("وف", "ov")]
SWAPS = {"ت": "ط", "ط": "ت", "س": "ص", "ص": "س", "د": "ض", "ض": "د", "ك": "ق", "ق": "ك",
         "ج": "غ", "غ": "ج", "ز": "ذ", "ذ": "ز", "ه": "ح", "ح": "ه"}

PLACE_HEADS = [("مدينة", "City", True), ("محافظة", "Governorate", True), ("ولاية", "State", True),
               ("قرية", "Village", True), ("بلدة", "Town", True), ("منطقة", "District", True),
               ("جزيرة", "Island", True), ("بحيرة", "Lake", True), ("وادي", "Valley", False),
               ("جبل", "Mount", False), ("سد", "Dam", False), ("نهر", "River", False),
               ("مطار", "Airport", False), ("ميناء", "Port", False), ("معبر", "Crossing", False),
               ("مخيم", "Camp", False), ("حقل", "Field", False), ("قاعدة", "Base", True),
               ("حي", "Quarter", False), ("سجن", "Prison", False), ("مستشفى", "Hospital", False)]
ORG_HEADS = [("مجلس", "Council", False), ("وزارة", "Ministry", True), ("هيئة", "Authority", True),
             ("لجنة", "Committee", True), ("مؤسسة", "Foundation", True), ("شركة", "Company", True),
             ("جامعة", "University", True), ("مركز", "Centre", False), ("اتحاد", "Union", False),
             ("حزب", "Party", False), ("جبهة", "Front", True), ("حركة", "Movement", True),
             ("منظمة", "Organisation", True), ("صندوق", "Fund", False), ("بنك", "Bank", False),
             ("مصرف", "Bank of", False), ("برنامج", "Programme", False), ("مشروع", "Project", False),
             ("مبادرة", "Initiative", True), ("قوات", "Forces", True), ("كتائب", "Brigades", True),
             ("لواء", "Brigade", False), ("جمعية", "Society", True), ("نقابة", "Syndicate", True),
             ("وكالة", "Agency", True), ("صحيفة", "Newspaper", True), ("قناة", "Channel", True),
             ("تحالف", "Alliance", False), ("ائتلاف", "Coalition", False), ("تيار", "Current", False),
             ("مكتب", "Office", False), ("سلطة", "Authority of", True), ("جهاز", "Service", False),
             ("مفوضية", "Commission", True), ("بعثة", "Mission", True), ("محكمة", "Court", True)]
ADJECTIVES = [("الوطني", "الوطنية", "National"), ("الشعبي", "الشعبية", "Popular"),
              ("الدولي", "الدولية", "International"), ("العربي", "العربية", "Arab"),
              ("الإسلامي", "الإسلامية", "Islamic"), ("الأعلى", "العليا", "Supreme"),
              ("الاتحادي", "الاتحادية", "Federal"), ("المركزي", "المركزية", "Central"),
              ("المستقل", "المستقلة", "Independent"), ("الجديد", "الجديدة", "New"),
              ("الكبير", "الكبرى", "Grand"), ("الشمالي", "الشمالية", "Northern"),
              ("الجنوبي", "الجنوبية", "Southern"), ("الشرقي", "الشرقية", "Eastern"),
              ("الغربي", "الغربية", "Western"), ("الديمقراطي", "الديمقراطية", "Democratic"),
              ("الموحد", "الموحدة", "Unified"), ("الأهلي", "الأهلية", "Civic"),
              ("العام", "العامة", "General"), ("الحر", "الحرة", "Free"),
              ("الثوري", "الثورية", "Revolutionary"), ("المشترك", "المشتركة", "Joint"),
              ("الإقليمي", "الإقليمية", "Regional"), ("الأول", "الأولى", "First")]
COMPLEMENTS = [("للتنمية", "for Development"), ("للإعمار", "for Reconstruction"),
               ("للسلام", "for Peace"), ("للطاقة", "for Energy"), ("للنفط", "for Oil"),
               ("للتجارة", "for Trade"), ("للاستثمار", "for Investment"),
               ("للإغاثة", "for Relief"), ("للأمن", "for Security"), ("للإعلام", "for Media"),
               ("للتعليم", "for Education"), ("للصحة", "for Health"), ("للمياه", "for Water"),
               ("للزراعة", "for Agriculture"), ("للنقل", "for Transport"),
               ("للاتصالات", "for Communications")]
GIVEN_NAMES = [("محمد", "Mohammed"), ("أحمد", "Ahmed"), ("علي", "Ali"), ("حسن", "Hassan"),
               ("حسين", "Hussein"), ("عمر", "Omar"), ("خالد", "Khaled"), ("يوسف", "Youssef"),
               ("إبراهيم", "Ibrahim"), ("مصطفى", "Mustafa"), ("سعيد", "Saeed"), ("كريم", "Karim"),
               ("فاطمة", "Fatima"), ("مريم", "Maryam"), ("زينب", "Zainab"), ("ليلى", "Layla"),
               ("سارة", "Sara"), ("نادية", "Nadia"), ("هدى", "Huda"), ("سلمى", "Salma"),
               ("عبد الله", "Abdullah"), ("عبد الرحمن", "Abdulrahman"), ("عبد العزيز", "Abdulaziz"),
               ("جورج", "George"), ("ماريا", "Maria"), ("بيتر", "Peter")]
TERM_DOMAINS = ["politics", "diplomacy", "security", "economy", "energy", "humanitarian", "media"]


class Generator:
    """Draws synthetic concepts from one seeded random source."""

    def __init__(self, seed):
        self.rng = random.Random(seed)

    def pseudo_word(self):
        """A plausible Arabic word that is not (usually) a real one, with its Latin spelling."""
        rng = self.rng
        if rng.random() < 0.6:
            arabic, latin = rng.choice(PATTERNS)
            for digit in "123":
                letter = rng.choice(ROOT_LETTERS)
                arabic, latin = arabic.replace(digit, letter), latin.replace(digit, LATIN[letter])
            suffix = rng.choice(SUFFIXES)
            return arabic + suffix[0], latin + suffix[1]
        parts = [rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))] + [rng.choice(CLOSERS)]
        return "".join(p[0] for p in parts), "".join(p[1] for p in parts)

    def spelling_variant(self, word):
        """Another spelling of an Arabic word: a letter swapped, a long vowel added or dropped."""
        rng = self.rng
        letters = list(word)
        start = 2 if word.startswith("ال") else 0
        choice = rng.random()
        inner = [i for i in range(start, len(letters)) if letters[i] in SWAPS]
        if choice < 0.5 and inner:
            i = rng.choice(inner)
            letters[i] = SWAPS[letters[i]]
        elif choice < 0.75 and len(letters) > start + 2:
            at = start + 2 if letters[start] in "اأإآ" else start + 1
            letters.insert(at, rng.choice("اي"))
        else:
            vowels = [i for i in range(start + 1, len(letters) - 1) if letters[i] in "اوي"]
            if not vowels:
                letters.insert(start + 1, "ا")
            else:
                del letters[rng.choice(vowels)]
        return "".join(letters)

    def concept(self):
        """One synthetic concept: (arabic, [arabic variants], english, [english variants], domain)."""
        rng = self.rng
        kind = rng.choices(["place", "person", "org", "term"], [25, 20, 30, 25])[0]
        return getattr(self, kind)()

    def name(self):
        """A proper name: a pseudo-word, with ال about a third of the time."""
        arabic, latin = self.pseudo_word()
        if self.rng.random() < 0.35:
            return "ال" + arabic, "al-" + latin.capitalize()
        return arabic, latin.capitalize()

    def place(self):
        rng = self.rng
        name, latin = self.name()
        variants, english_variants = [], []
        if rng.random() < 0.5:
            arabic, english = name, latin
            if rng.random() < 0.35:
                variants.append(self.spelling_variant(name))
        else:
            head, head_english, _ = rng.choice(PLACE_HEADS)
            arabic, english = f"{head} {name}", f"{latin} {head_english}"
            if rng.random() < 0.3:
                variants.append(name)
            if rng.random() < 0.2:
                variants.append(f"{head} {self.spelling_variant(name)}")
        if rng.random() < 0.15:
            english_variants.append(latin.replace("ee", "i").replace("oo", "u").replace("q", "k"))
        return arabic, variants, english, english_variants, "place"

    def person(self):
        rng = self.rng
        given, given_english = rng.choice(GIVEN_NAMES)
        surname, surname_latin = self.pseudo_word()
        surname_english = surname_latin.capitalize()
        if rng.random() < 0.25:
            surname, surname_english = "ال" + surname, "al-" + surname_english
        words = [surname]
        if rng.random() < 0.3:
            middle, middle_latin = self.pseudo_word()
            words.insert(0, middle)
            surname_english = f"{middle_latin.capitalize()} {surname_english}"
        arabic = " ".join([given] + words)
        english = f"{given_english} {surname_english}"
        variants, english_variants = [], []
        if rng.random() < 0.3:
            variants.append(" ".join(words))
        if rng.random() < 0.25:
            variants.append(" ".join([given] + words[:-1] + [self.spelling_variant(words[-1])]))
        if rng.random() < 0.2:
            english_variants.append(surname_english)
        return arabic, variants, english, english_variants, "person"

    def org(self):
        rng = self.rng
        head, head_english, feminine = rng.choice(ORG_HEADS)
        words, english = [head], [head_english]
        if rng.random() < 0.7:
            name, latin = self.name()
            words.append(name if name.startswith("ال") else "ال" + name)
            english.append(latin.removeprefix("al-"))
        if len(words) == 1 or rng.random() < 0.5:
            if len(words) == 1:
                words[0] = "ال" + head  # a head with only an adjective takes the article
            masculine, feminine_form, adjective_english = rng.choice(ADJECTIVES)
            words.append(feminine_form if feminine else masculine)
            english.insert(0, adjective_english)
        if len(words) < 4 and rng.random() < 0.3:
            complement, complement_english = rng.choice(COMPLEMENTS)
            words.append(complement)
            english.append(complement_english)
        arabic = " ".join(words)
        variants, english_variants = [], []
        if len(words) > 2 and rng.random() < 0.3:
            variants.append(" ".join(words[:2]))
        if rng.random() < 0.2 and len(words) > 1 and words[1].startswith("ال"):
            variants.append(" ".join([words[0], self.spelling_variant(words[1])] + words[2:]))
        if rng.random() < 0.25:
            english_variants.append("".join(w[0] for w in " ".join(english).split() if w[0].isupper()))
        return arabic, variants, " ".join(english), english_variants, "org"

    def term(self):
        rng = self.rng
        count = rng.choices([1, 2, 3], [35, 45, 20])[0]
        words, english = [], []
        for i in range(count):
            word, latin = self.pseudo_word()
            if i > 0 or rng.random() < 0.6:
                word = "ال" + word
            words.append(word)
            english.append(latin)
        arabic = " ".join(words)
        variants, english_variants = [], []
        if words[-1].endswith("ة") and rng.random() < 0.5:
            variants.append(" ".join(words[:-1] + [words[-1][:-1] + "ات"]))
        if rng.random() < 0.15:
            variants.append(" ".join(words[:-1] + [self.spelling_variant(words[-1])]))
        if rng.random() < 0.02:
            # a few forms carry a diacritic, as some news copy does, to exercise normalisation
            word = words[0]
            i = rng.randrange(1, len(word))
            words[0] = word[:i] + "\u0651" + word[i:]
            arabic = " ".join(words)
        if rng.random() < 0.1:
            english_variants.append("-".join(english))
        return arabic, variants, " ".join(english), english_variants, rng.choice(TERM_DOMAINS)


def read_real(path):
    """The concepts of the real glossary as rows of six fields (comments and header dropped)."""
    rows, header_seen = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if not header_seen:
                if fields[: len(HEADER)] != HEADER:
                    sys.exit(f"{path}: unexpected header {fields!r}")
                header_seen = True
                continue
            rows.append((fields + [""] * 6)[:6])
    return rows


def main(argv):
    if len(argv) == 1:
        count, out = DEFAULT_COUNT, argv[0]
    elif len(argv) == 2 and argv[0].isdigit():
        count, out = int(argv[0]), argv[1]
    else:
        sys.exit("usage: tools/make-bench-glossary.py [N=100000] OUT.tsv")
    real = read_real(REAL)
    if count < len(real):
        sys.exit(f"make-bench-glossary: N must be at least {len(real)}, the concepts of {REAL}")
    arabic_keys, english_keys = set(), set()
    for row in real:
        arabic_keys.update(key(f) for f in [row[1]] + row[2].split("|") if f)
        english_keys.update(e.casefold() for e in [row[0]] + row[3].split("|") if e)
    generator = Generator(SEED)
    rows, forms = list(real), sum(1 + len([v for v in row[2].split("|") if v]) for row in real)
    rejected = 0
    while len(rows) < count:
        arabic, variants, english, english_variants, domain = generator.concept()
        keys = [key(arabic)] + [key(v) for v in variants]
        if english.casefold() in english_keys or len(set(keys)) < len(keys) or arabic_keys.intersection(keys):
            rejected += 1
            continue
        english_variants = [e for e in dict.fromkeys(english_variants)
                            if e.casefold() not in english_keys and e.casefold() != english.casefold()]
        arabic_keys.update(keys)
        english_keys.update(e.casefold() for e in [english] + english_variants)
        rows.append([english, arabic, "|".join(variants), "|".join(english_variants), domain, ""])
        forms += len(keys)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# Benchmark glossary written by tools/make-bench-glossary.py (seed {SEED}): "
                f"the {len(real)} concepts of glossary/news.tsv, then {count - len(real)} synthetic ones.\n")
        f.write("\t".join(HEADER) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{out}: {count} concepts ({len(real)} from glossary/news.tsv, {count - len(real)} synthetic), "
          f"{forms} Arabic forms; {rejected} colliding candidates redrawn")


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Checks the hand-written gold standard of the Arabic term matcher.

    python3 check_gold.py          # validate glossary.tsv and sentences.jsonl
    python3 check_gold.py --fill   # (re)compute start/end from each surface, rewrite, validate

Which spans match, and with which kind, is decided by hand in sentences.jsonl; `--fill` only
turns each hand-written surface into code-point offsets (searching left to right, after the
previous term). Validation then checks that text[start:end] == surface, that every
english/arabic pair is a concept form of glossary.tsv, that terms are sorted and do not
overlap, and that every surface is a run of whole words.

Last, the gold is compared with a small, independent reference matcher written from the
matching rules (see `reference_matches`). It is a second pair of eyes on the hand annotation,
not its source: a disagreement means one of the two is wrong and must be looked at.

Exit status 0 when everything holds, 1 otherwise. Standard library only.
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GLOSSARY = HERE / "glossary.tsv"
SENTENCES = HERE / "sentences.jsonl"
HEADER = ["english", "arabic", "arabic_variants", "english_variants", "domain", "note"]
KINDS = ("exact", "clitic", "variant", "fuzzy")
TERM_KEYS = ["english", "arabic", "surface", "start", "end", "match"]
SENTENCE_KEYS = ["id", "text", "terms", "note"]
MINIMUM_SENTENCES = 45

errors = []


def error(message):
    errors.append(message)


# --- glossary ---------------------------------------------------------------------------------

def read_glossary():
    concepts = []
    header_seen = False
    for number, line in enumerate(GLOSSARY.read_text(encoding="utf-8").split("\n"), start=1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if fields != HEADER:
                error(f"glossary.tsv:{number}: header is {fields}, expected {HEADER}")
            header_seen = True
            continue
        if len(fields) != 6:
            error(f"glossary.tsv:{number}: {len(fields)} fields, expected 6")
            continue
        english, arabic, arabic_variants, english_variants, domain, note = fields
        if not english or not arabic:
            error(f"glossary.tsv:{number}: english and arabic must be filled")
        variants = arabic_variants.split("|") if arabic_variants else []
        if any(not v.strip() or v != v.strip() for v in variants):
            error(f"glossary.tsv:{number}: empty or padded Arabic variant")
        concepts.append({"line": number, "english": english, "forms": [arabic] + variants})
    if not header_seen:
        error("glossary.tsv: no header row")
    names = [c["english"] for c in concepts]
    for name in sorted(set(n for n in names if names.count(n) > 1)):
        error(f"glossary.tsv: english {name!r} appears more than once")
    keys = {}
    for concept in concepts:
        for form in concept["forms"]:
            key = " ".join(word_keys(form))
            if key in keys:
                error(f"glossary.tsv:{concept['line']}: form {form!r} has the same key as {keys[key]!r}")
            keys[key] = form
    return concepts


# --- matching keys and words (the rules, written independently of the Swift code) -------------

def key(text):
    """Matching key: no diacritics or tatweel, unified alef/yaa/taa marbuta, ASCII digits, lower case."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        code = ord(ch)
        if 0x064B <= code <= 0x065F or code == 0x0670 or code == 0x0640:
            continue
        if ch in "أإآٱ":
            ch = "ا"
        elif ch == "ى":
            ch = "ي"
        elif ch == "ة":
            ch = "ه"
        elif 0x0660 <= code <= 0x0669:
            ch = chr(code - 0x0660 + 0x30)
        elif 0x06F0 <= code <= 0x06F9:
            ch = chr(code - 0x06F0 + 0x30)
        out.append(ch.lower())
    return "".join(out)


def is_word_char(ch):
    return unicodedata.category(ch)[0] in "LMN"


def words(text):
    """(start, end) of every word: a run of letters, marks and digits, with a glued trailing '+'."""
    spans = []
    i = 0
    while i < len(text):
        if is_word_char(text[i]):
            j = i
            while j < len(text) and is_word_char(text[j]):
                j += 1
            while j < len(text) and text[j] == "+":
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def word_keys(text):
    return [key(text[s:e]) for s, e in words(text)]


def joinable(gap):
    """Words separated by this text may belong to one term: spaces, or one hyphen."""
    return gap == "-" or (gap != "" and gap.isspace())


# --- the reference matcher --------------------------------------------------------------------

PRONOUNS = ["هما", "هم", "هن", "ها", "ه", "كم", "كن", "نا"]


def split_article(word):
    if word.startswith("ال") and len(word) > 3:
        return True, word[2:]
    return False, word


def analyses(word, first, last):
    """Readings of a text word as (stem, has_article, changed): changed when a proclitic,
    enclitic pronoun or tanween alef was removed."""
    results = set()
    prefixes = [("", word)]
    if first:
        prefixes = []
        for conj in ("", "و", "ف"):
            for prep in ("", "ب", "ك", "ل"):
                pre = conj + prep
                if word.startswith(pre) and len(word) - len(pre) >= 2:
                    prefixes.append((pre, word[len(pre):]))
    for pre, rest in prefixes:
        readings = [(False, rest)]
        article, stem = split_article(rest)
        if article:
            readings.append((True, stem))
        if pre.endswith("ل") and rest.startswith("ل") and len(rest) > 2:
            readings.append((True, rest[1:]))  # لل = ل + ال
        for article, stem in readings:
            changed = pre != ""
            results.add((stem, article, changed))
            if not article and stem.endswith("ا") and len(stem) > 2:
                results.add((stem[:-1], article, True))  # tanween alef
            if last and not article:
                for pronoun in PRONOUNS:
                    if stem.endswith(pronoun) and len(stem) - len(pronoun) >= 2:
                        base = stem[: -len(pronoun)]
                        results.add((base, article, True))
                        if base.endswith("ت"):
                            results.add((base[:-1] + "ه", article, True))  # حكومتها -> حكومه
    return results


def one_edit(a, b):
    """True when a and b differ by exactly one insertion, deletion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def match_form(form_words, text_words):
    """Best reading of text_words as the term form: None, or (fuzzy, changed)."""
    n = len(form_words)
    term = [split_article(w) for w in form_words]
    options = [analyses(w, i == 0, i == n - 1) for i, w in enumerate(text_words)]
    best = None

    def walk(i, articles, changed, fuzzy):
        nonlocal best
        if i == n:
            wanted = [a for a, _ in term]
            if not (articles == wanted or not any(articles) or all(articles)):
                return
            result = (fuzzy, changed or articles != wanted)
            if best is None or result < best:
                best = result
            return
        _, base = term[i]
        for stem, article, was_changed in options[i]:
            if stem == base:
                walk(i + 1, articles + [article], changed or was_changed, fuzzy)
            elif (n > 1 and not fuzzy and len(base) >= 5 and len(stem) >= 5
                  and one_edit(stem, base)):
                walk(i + 1, articles + [article], True, True)

    walk(0, [], False, False)
    return best


def reference_matches(text, concepts):
    spans = words(text)
    keys = [key(text[s:e]) for s, e in spans]
    forms = []
    for index, concept in enumerate(concepts):
        for form_index, form in enumerate(concept["forms"]):
            forms.append((index, form_index, form, word_keys(form)))
    found = []
    p = 0
    while p < len(spans):
        best = None
        for index, form_index, form, form_words in forms:
            n = len(form_words)
            if p + n > len(spans):
                continue
            if any(not joinable(text[spans[k][1]:spans[k + 1][0]]) for k in range(p, p + n - 1)):
                continue
            result = match_form(form_words, keys[p:p + n])
            if result is None:
                continue
            fuzzy, changed = result
            kind = "fuzzy" if fuzzy else "variant" if form_index > 0 else "clitic" if changed else "exact"
            rank = (-n, fuzzy, form_index > 0, changed, index)
            if best is None or rank < best[0]:
                best = (rank, index, form, n, kind)
        if best is None:
            p += 1
            continue
        _, index, form, n, kind = best
        start, end = spans[p][0], spans[p + n - 1][1]
        found.append({"english": concepts[index]["english"], "arabic": form,
                      "surface": text[start:end], "start": start, "end": end, "match": kind})
        p += n
    return found


# --- sentences --------------------------------------------------------------------------------

def read_sentences():
    sentences = []
    for number, line in enumerate(SENTENCES.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            sentences.append((number, json.loads(line)))
        except json.JSONDecodeError as problem:
            error(f"sentences.jsonl:{number}: invalid JSON: {problem}")
    return sentences


def fill_offsets(sentences):
    for number, sentence in sentences:
        cursor = 0
        for term in sentence["terms"]:
            at = sentence["text"].find(term["surface"], cursor)
            if at < 0:
                error(f"sentences.jsonl:{number}: surface {term['surface']!r} not found after {cursor}")
                continue
            term["start"], term["end"] = at, at + len(term["surface"])
            cursor = term["end"]
        sentence["terms"] = [{k: t.get(k) for k in TERM_KEYS} for t in sentence["terms"]]
    with SENTENCES.open("w", encoding="utf-8") as out:
        for _, sentence in sentences:
            ordered = {k: sentence.get(k) for k in SENTENCE_KEYS}
            out.write(json.dumps(ordered, ensure_ascii=False) + "\n")


def validate(sentences, concepts):
    by_english = {c["english"]: c for c in concepts}
    seen_ids = set()
    for number, sentence in sentences:
        where = f"sentences.jsonl:{number}"
        if list(sentence.keys()) != SENTENCE_KEYS:
            error(f"{where}: keys {list(sentence.keys())}, expected {SENTENCE_KEYS}")
            continue
        ident, text, terms, note = (sentence[k] for k in SENTENCE_KEYS)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ident):
            error(f"{where}: id {ident!r} is not kebab-case")
        if ident in seen_ids:
            error(f"{where}: duplicate id {ident!r}")
        seen_ids.add(ident)
        if not note.strip():
            error(f"{where}: empty note")
        previous_end = -1
        for term in terms:
            if list(term.keys()) != TERM_KEYS:
                error(f"{where}: term keys {list(term.keys())}, expected {TERM_KEYS}")
                continue
            english, arabic, surface, start, end, kind = (term[k] for k in TERM_KEYS)
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                error(f"{where}: bad offsets {start}..{end} for {surface!r}")
                continue
            if text[start:end] != surface:
                error(f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {surface!r}")
            if start < previous_end:
                error(f"{where}: {surface!r} starts at {start}, before the previous term ends ({previous_end})")
            previous_end = end
            if (start > 0 and is_word_char(text[start - 1])) or (end < len(text) and is_word_char(text[end])):
                error(f"{where}: {surface!r} is not a run of whole words")
            if kind not in KINDS:
                error(f"{where}: match {kind!r} is not one of {KINDS}")
            concept = by_english.get(english)
            if concept is None:
                error(f"{where}: english {english!r} is not in glossary.tsv")
                continue
            if arabic not in concept["forms"]:
                error(f"{where}: {arabic!r} is not a form of {english!r} ({concept['forms']})")
                continue
            is_variant = concept["forms"].index(arabic) > 0
            if kind in ("exact", "clitic") and is_variant:
                error(f"{where}: {arabic!r} is a variant, so the match cannot be {kind}")
            if kind == "variant" and not is_variant:
                error(f"{where}: {arabic!r} is the preferred form, so the match cannot be variant")
            if kind == "exact" and word_keys(surface) != word_keys(arabic):
                error(f"{where}: {surface!r} is marked exact but its key differs from {arabic!r}")
    if len(sentences) < MINIMUM_SENTENCES:
        error(f"sentences.jsonl: {len(sentences)} sentences, expected at least {MINIMUM_SENTENCES}")


def cross_check(sentences, concepts):
    disagreements = 0
    for number, sentence in sentences:
        expected = [{k: t[k] for k in TERM_KEYS} for t in sentence.get("terms", [])]
        predicted = reference_matches(sentence.get("text", ""), concepts)
        if expected != predicted:
            disagreements += 1
            error(f"sentences.jsonl:{number} ({sentence.get('id')}): the reference matcher disagrees\n"
                  f"    gold:      {[(t['english'], t['surface'], t['start'], t['end'], t['match']) for t in expected]}\n"
                  f"    reference: {[(t['english'], t['surface'], t['start'], t['end'], t['match']) for t in predicted]}")
    return disagreements


def main():
    concepts = read_glossary()
    sentences = read_sentences()
    if "--fill" in sys.argv[1:] and not errors:
        fill_offsets(sentences)
        sentences = read_sentences()
    validate(sentences, concepts)
    disagreements = cross_check(sentences, concepts)
    kinds = {k: 0 for k in KINDS}
    for _, sentence in sentences:
        for term in sentence.get("terms", []):
            kinds[term.get("match")] = kinds.get(term.get("match"), 0) + 1
    empty = sum(1 for _, s in sentences if not s.get("terms"))
    total = sum(kinds.values())
    print(f"glossary.tsv: {len(concepts)} concepts")
    print(f"sentences.jsonl: {len(sentences)} sentences, {total} terms "
          f"({', '.join(f'{k} {v}' for k, v in kinds.items())}), {empty} sentences without a term")
    print(f"reference matcher: {len(sentences) - disagreements} of {len(sentences)} sentences agree")
    for message in errors:
        print(f"error: {message}")
    print("OK" if not errors else f"FAILED: {len(errors)} problem(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The usual Python recipe for finding glossary terms in Arabic text, as a baseline for
`dragoman align`: PyArabic normalisation plus a flashtext KeywordProcessor.

usage: tools/align-recipe.py INPUT.txt GLOSSARY.tsv OUT.jsonl [--original-offsets] [--stats FILE]
       tools/align-recipe.py --setup

Every Arabic form of the glossary (preferred and variants) is normalised and added to the
KeywordProcessor with its concept's English; then each line of INPUT is normalised the same way
and searched with extract_keywords(span_info=True). OUT gets one JSON object per input line:
{"line": N, "terms": [{"english", "start", "end"}]}, N counting from 0. The offsets are
flashtext's, into the normalised line; with --original-offsets they are mapped back into the
line as it stands and each term also gets its "surface" (that costs a second pass per line).
--stats FILE writes the timings as JSON (glossary load, search, counts).

The normalisation is the one most Arabic scripts copy: araby.normalize_ligature,
araby.strip_tashkeel, araby.strip_tatweel, then أ إ آ ٱ -> ا, ى -> ي, ة -> ه. flashtext knows only
ASCII word characters, so the Arabic letters are added as non-word-boundaries: without them every
Arabic letter would end a word and terms would match inside words.

The script creates tools/.venv on first use (git-ignored) with the pinned flashtext and PyArabic
from PyPI, and re-runs itself there; --setup does only that.
"""
import json
import os
import subprocess
import sys
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(HERE, ".venv")
VENV_PYTHON = os.path.join(VENV, "bin", "python")
REQUIREMENTS = ["flashtext==2.7", "PyArabic==0.6.15"]


def ensure_venv(script):
    """Re-executes `script` inside tools/.venv, creating it or installing what it lacks first."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(VENV_PYTHON):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    probe = subprocess.run([VENV_PYTHON, "-c", "import flashtext, pyarabic"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run([VENV_PYTHON, "-m", "pip", "install", "--quiet", *REQUIREMENTS], check=True)
    os.execv(VENV_PYTHON, [VENV_PYTHON, os.path.abspath(script), *sys.argv[1:]])


if __name__ == "__main__":
    ensure_venv(__file__)

from flashtext import KeywordProcessor  # noqa: E402  (after the venv switch on purpose)
import pyarabic.araby as araby  # noqa: E402

UNIFY = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
ARABIC_WORD_CHARACTERS = [chr(c) for c in range(0x0600, 0x0700)
                          if chr(c).isalnum() or unicodedata.category(chr(c)) == "Mn"]


def normalize(text):
    """The recipe's normalisation of a glossary form or a line of text."""
    text = araby.normalize_ligature(text)
    text = araby.strip_tashkeel(text)
    text = araby.strip_tatweel(text)
    return text.translate(UNIFY)


_PIECES = {}


def normalize_with_origins(text):
    """normalize(text) lowercased as flashtext sees it, and for each of its characters (plus one
    past the end) the index of the character of `text` it comes from.

    Every step of the recipe works character by character, so normalising each character alone
    gives the same text; that is checked, so a future PyArabic that looks at context fails loudly
    instead of shifting offsets.
    """
    pieces, origins = [], []
    for i, ch in enumerate(text):
        piece = _PIECES.get(ch)
        if piece is None:
            piece = _PIECES[ch] = normalize(ch).lower()
        pieces.append(piece)
        origins.extend([i] * len(piece))
    normalized = "".join(pieces)
    if normalized != normalize(text).lower():
        raise ValueError(f"normalisation is not character by character on: {text[:80]!r}")
    origins.append(len(text))
    return normalized, origins


def original_span(origins, start, end):
    """Maps a span of the normalised text back to the original: the start is its first
    character's origin; the end runs to the next kept character, so that diacritics and tatweel
    removed after the last letter (الحكومةُ) stay inside the term, as they belong to its word."""
    return origins[start], origins[end]


def read_glossary(path):
    """(arabic form, english) for every Arabic form of a Dragoman glossary TSV, in file order."""
    pairs, columns = [], None
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if columns is None:
                columns = {name.strip(): i for i, name in enumerate(fields)}
                if "english" not in columns or "arabic" not in columns:
                    sys.exit(f"{path}:{number}: header has no english and arabic columns")
                continue
            def field(name):
                index = columns.get(name, len(fields))
                return fields[index].strip() if index < len(fields) else ""

            english, arabic = field("english"), field("arabic")
            if not english or not arabic:
                continue
            for form in [arabic] + field("arabic_variants").split("|"):
                if form.strip():
                    pairs.append((form.strip(), english))
    return pairs


def build_processor(path):
    """A KeywordProcessor with every normalised Arabic form -> English; and how many forms
    collided with another concept's form once normalised (flashtext keeps the last)."""
    processor = KeywordProcessor()
    for ch in ARABIC_WORD_CHARACTERS:
        processor.add_non_word_boundary(ch)
    seen, collisions, pairs = {}, 0, read_glossary(path)
    for form, english in pairs:
        keyword = normalize(form)
        if seen.setdefault(keyword.lower(), english) != english:
            collisions += 1
        processor.add_keyword(keyword, english)
    return processor, len(pairs), collisions


def find_terms(processor, text):
    """The terms of one text with original offsets: (english, start, end, surface)."""
    normalized, origins = normalize_with_origins(text)
    found = []
    for english, start, end in processor.extract_keywords(normalized, span_info=True):
        start, end = original_span(origins, start, end)
        found.append((english, start, end, text[start:end]))
    return found


def main(argv):
    if argv == ["--setup"]:
        return
    options = {"--original-offsets": False, "--stats": None}
    positional = []
    args = iter(argv)
    for arg in args:
        if arg == "--original-offsets":
            options[arg] = True
        elif arg == "--stats":
            options[arg] = next(args, None)
        else:
            positional.append(arg)
    if len(positional) != 3 or (options["--stats"] is None and "--stats" in argv):
        sys.exit(__doc__.split("\n\n")[1])
    source, glossary, out = positional
    started = time.perf_counter()
    processor, forms, collisions = build_processor(glossary)
    built = time.perf_counter()
    lines = terms = 0
    with open(source, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as w:
        for number, line in enumerate(f):
            line = line.rstrip("\n")
            if options["--original-offsets"]:
                found = [{"english": e, "start": s, "end": t, "surface": x}
                         for e, s, t, x in find_terms(processor, line)]
            else:
                found = [{"english": e, "start": s, "end": t}
                         for e, s, t in processor.extract_keywords(normalize(line), span_info=True)]
            w.write(json.dumps({"line": number, "terms": found}, ensure_ascii=False) + "\n")
            lines += 1
            terms += len(found)
    finished = time.perf_counter()
    stats = {"glossary_seconds": built - started, "search_seconds": finished - built,
             "forms": forms, "form_collisions": collisions, "lines": lines, "terms": terms}
    if options["--stats"]:
        with open(options["--stats"], "w", encoding="utf-8") as f:
            json.dump(stats, f)
    print(f"recipe: {forms} Arabic forms in {stats['glossary_seconds']:.2f} s"
          f" ({collisions} shared by two concepts), {lines} lines searched in"
          f" {stats['search_seconds']:.2f} s, {terms} terms", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Precision and recall of term alignment on hand-written gold sentences: the usual Python recipe
(tools/align-recipe.py) and, when its output is given, `dragoman align`.

usage: tools/align-recall.py GOLD.jsonl GLOSSARY.tsv [DRAGOMAN.jsonl] [--errors]
       tools/align-recall.py --write-text GOLD.jsonl OUT.txt

GOLD has one sentence per line: {"id", "text", "terms": [{"english", "arabic", "surface",
"start", "end", "match"}]}, offsets in Unicode scalars into "text", half-open. A term found by a
system is correct when its english, start and end equal those of a gold term of the sentence.

The recipe runs on each gold text with GLOSSARY. flashtext reports spans in the normalised
text; they are mapped back to the original text, and a span's end is carried over the
diacritics and tatweel that normalisation removed after its last letter (الحكومةُ).

DRAGOMAN.jsonl is `dragoman align --format jsonl` run on the gold texts (--write-text writes
them, separated by blank lines): one object per sentence with "text" and "terms" (each with
"english", "start", "end" into that text). Each object is matched to the gold sentence with the
same text, or failing that to the gold text that contains it (its offsets shifted), so a gold
sentence that Dragoman splits in two is still scored. --errors lists every miss and every
wrong find.
"""
import collections
import importlib.util
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(HERE, ".venv")
RECIPE = os.path.join(HERE, "align-recipe.py")
MATCH_KINDS = ["exact", "clitic", "variant", "fuzzy"]


def load_recipe():
    """tools/align-recipe.py as a module, run inside tools/.venv (made by its --setup)."""
    if os.path.realpath(sys.prefix) != os.path.realpath(VENV):
        subprocess.run([sys.executable, RECIPE, "--setup"], check=True)
        python = os.path.join(VENV, "bin", "python")
        os.execv(python, [python, os.path.abspath(__file__), *sys.argv[1:]])
    spec = importlib.util.spec_from_file_location("align_recipe", RECIPE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_gold(path):
    """The gold sentences, with a warning for every term whose offsets do not give its surface."""
    sentences, warnings = [], 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                sentence = json.loads(line)
                text, terms = sentence["text"], sentence["terms"]
                spans = [(t["english"], int(t["start"]), int(t["end"])) for t in terms]
            except (ValueError, KeyError, TypeError) as error:
                sys.exit(f"align-recall: error: {path}:{number}: not a gold sentence ({error})")
            for term in terms:
                surface = term.get("surface")
                if surface is not None and text[term["start"]:term["end"]] != surface:
                    warnings += 1
                    if warnings <= 5:
                        print(f"gold: warning: {path}:{number}: text[{term['start']}:{term['end']}] is "
                              f"{text[term['start']:term['end']]!r}, surface says {surface!r}", file=sys.stderr)
            sentences.append({"id": sentence.get("id", str(number)), "text": text,
                              "gold": set(spans),
                              "match": {(t["english"], int(t["start"]), int(t["end"])): t.get("match", "?")
                                        for t in terms}})
    if warnings > 5:
        print(f"gold: warning: {warnings} terms in all whose offsets do not give their surface",
              file=sys.stderr)
    return sentences


def read_dragoman(path, sentences):
    """Dragoman's finds per gold sentence (sets of (english, start, end) in gold offsets), and a
    line about how its sentences matched the gold."""
    by_text = collections.defaultdict(collections.deque)
    for i, sentence in enumerate(sentences):
        by_text[sentence["text"]].append(i)
    found = [set() for _ in sentences]
    seen = set()
    consumed = collections.defaultdict(int)
    exact = inside = unmatched = cursor = 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"]
                terms = [(t["english"], int(t["start"]), int(t["end"])) for t in item.get("terms") or []]
            except (ValueError, KeyError, TypeError) as error:
                sys.exit(f"align-recall: error: {path}:{number}: not a dragoman align object ({error})")
            if by_text.get(text):
                index, shift = by_text[text].popleft(), 0
                exact += 1
            else:
                order = list(range(cursor, len(sentences))) + list(range(cursor))
                index = next((i for i in order if text.strip() and text in sentences[i]["text"]), None)
                if index is None:
                    unmatched += 1
                    continue
                shift = sentences[index]["text"].find(text, consumed[index])
                if shift < 0:
                    shift = sentences[index]["text"].find(text)
                consumed[index] = shift + len(text)
                inside += 1
            cursor = index
            seen.add(index)
            found[index].update((e, s + shift, t + shift) for e, s, t in terms)
    summary = (f"dragoman output: {len(seen)} of {len(sentences)} gold sentences found "
               f"({exact} output sentences equal a gold text, {inside} lie inside one, {unmatched} match none)")
    return found, summary


def score(name, sentences, found, show_errors):
    """Prints one row of the table (and, when asked, the misses and wrong finds)."""
    hits = wrong = 0
    by_kind, total_by_kind = collections.Counter(), collections.Counter()
    errors = []
    for sentence, predicted in zip(sentences, found):
        gold = sentence["gold"]
        hits += len(predicted & gold)
        wrong += len(predicted - gold)
        for term in gold:
            kind = sentence["match"][term]
            total_by_kind[kind] += 1
            by_kind[kind] += term in predicted
        for english, start, end in sorted(gold - predicted, key=lambda t: t[1]):
            errors.append(f"  {name}: missed {english!r} [{start}:{end}] {sentence['text'][start:end]!r} "
                          f"({sentence['match'][(english, start, end)]}) in {sentence['id']}")
        for english, start, end in sorted(predicted - gold, key=lambda t: t[1]):
            errors.append(f"  {name}: wrong {english!r} [{start}:{end}] {sentence['text'][start:end]!r} "
                          f"in {sentence['id']}")
    total = sum(len(s["gold"]) for s in sentences)
    precision = hits / (hits + wrong) if hits + wrong else 0.0
    recall = hits / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    kinds = "".join(f"{by_kind[k] / total_by_kind[k]:>9.2f}" if total_by_kind[k] else f"{'-':>9}"
                    for k in MATCH_KINDS)
    print(f"{name:<16}{precision:>9.3f} {f'({hits}/{hits + wrong})':<12}{recall:>9.3f} {f'({hits}/{total})':<12}"
          f"{f1:>6.3f}{kinds}")
    if show_errors:
        print("\n".join(errors))


def main(argv):
    if argv and argv[0] == "--write-text":
        if len(argv) != 3:
            sys.exit(__doc__.split("\n\n")[1])
        with open(argv[2], "w", encoding="utf-8", newline="\n") as f:
            f.write("\n\n".join(s["text"] for s in read_gold(argv[1])) + "\n")
        return
    show_errors = "--errors" in argv
    positional = [a for a in argv if a != "--errors"]
    if len(positional) not in (2, 3):
        sys.exit(__doc__.split("\n\n")[1])
    recipe = load_recipe()
    sentences = read_gold(positional[0])
    processor, _, _ = recipe.build_processor(positional[1])
    recipe_found = [{(e, s, t) for e, s, t, _ in recipe.find_terms(processor, sentence["text"])}
                    for sentence in sentences]
    kinds = collections.Counter(kind for s in sentences for kind in s["match"].values())
    print(f"gold: {len(sentences)} sentences, {sum(kinds.values())} terms ("
          + ", ".join(f"{k} {kinds[k]}" for k in MATCH_KINDS + sorted(set(kinds) - set(MATCH_KINDS))
                      if kinds[k])
          + f"); glossary {positional[1]}")
    print(f"{'':<16}{'precision':>9}{'':<13}{'recall':>9}{'':<13}{'F1':>6}"
          + "".join(f"{k:>9}" for k in MATCH_KINDS))
    score("python recipe", sentences, recipe_found, show_errors)
    if len(positional) == 3:
        dragoman_found, summary = read_dragoman(positional[2], sentences)
        score("dragoman", sentences, dragoman_found, show_errors)
        print(summary)
    print("(a find is correct when english, start and end equal a gold term's; the last columns are "
          "the recall on gold terms of each match kind)")


if __name__ == "__main__":
    main(sys.argv[1:])

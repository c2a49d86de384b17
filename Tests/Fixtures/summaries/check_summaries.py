#!/usr/bin/env python3
"""Check the held-out reference summaries against the sample corpus.

Usage:
    python3 check_summaries.py [CORPUS_DIR] [--refs REFS_DIR]

CORPUS_DIR defaults to ../../../corpora (the repo's corpora/ folder, seen from
this file); REFS_DIR defaults to the folder holding this script.

Checks:
  * every corpus article has exactly two summaries, SLUG.1.txt and SLUG.2.txt,
    in exactly one split (dev/ or test/), and every summary belongs to an article;
  * every file is UTF-8 with LF line endings and a final newline, and has no
    empty line and 2 to 4 lines;
  * every line of SLUG.1.txt occurs verbatim in the article's body as a whole
    sentence (not a fragment of one), and the lines come in document order.

Standard library only. Exit status 0 when everything passes, 1 otherwise.
"""

import argparse
import json
import sys
from pathlib import Path

SPLITS = ("dev", "test")
TEXT_SUFFIXES = (".txt", ".md")
MIN_LINES, MAX_LINES = 2, 4
SENTENCE_STOPS = ".!?\u061f\u2026"
CLOSING_QUOTES = "\"\u00bb\u201d\u2033"


def is_translation_or_readme(path):
    name = path.name
    return name.lower().startswith("readme") or name.endswith((".en.txt", ".en.md"))


def split_front_matter(text):
    """Return (fields, body). A front-matter block opens with a '---' line."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 3)
    if end < 0:
        return {}, text
    fields = {}
    for line in text[4:end].split("\n"):
        key, sep, value = line.partition(": ")
        if sep:
            fields[key.strip()] = value
    return fields, text[end + len("\n---\n"):]


def stem(path):
    for suffix in TEXT_SUFFIXES:
        if path.name.endswith(suffix):
            return path.name[: -len(suffix)]
    return path.stem


def collect_articles(corpus):
    """Map slug -> (where, body text) for every Arabic article in the corpus."""
    articles = {}
    problems = []

    def add(slug, where, body):
        if slug in articles:
            problems.append(f"duplicate slug {slug}: {articles[slug][0]} and {where}")
        articles[slug] = (where, body)

    for folder, has_front_matter in (("news", True), ("raw", False)):
        root = corpus / folder
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if not path.is_file() or not path.name.endswith(TEXT_SUFFIXES):
                continue
            if is_translation_or_readme(path):
                continue
            text = path.read_text(encoding="utf-8")
            fields, body = split_front_matter(text) if has_front_matter else ({}, text)
            add(fields.get("slug", stem(path)), str(path.relative_to(corpus)), body)

    feeds = corpus / "feeds"
    if feeds.is_dir():
        for path in sorted(feeds.rglob("*.jsonl")):
            lines = path.read_text(encoding="utf-8").split("\n")
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                item = json.loads(line)
                add(item["id"], f"{path.relative_to(corpus)}:{number}", item["text"])
    return articles, problems


def occurrences(text, part):
    """Yield every start offset of part in text."""
    start = text.find(part)
    while start >= 0:
        yield start
        start = text.find(part, start + 1)


def is_whole_sentence(text, start, line):
    """True when text[start:] begins with line and line is not a fragment of a sentence.

    Before it, spaces and closing quotes aside: the start of the text, a line break or a
    sentence stop (also with no space, as in "...المعدات.ودعت"). The line must end with a stop
    (closing quotes aside) or else run to the end of its paragraph.
    """
    before = text[:start].rstrip(" ").rstrip(CLOSING_QUOTES)[-1:]
    end = start + len(line)
    after = text[end] if end < len(text) else "\n"
    return ((before in ("", "\n") or before in SENTENCE_STOPS)
            and (after == "\n" or line.rstrip(CLOSING_QUOTES)[-1:] in SENTENCE_STOPS))


def read_summary(path, problems):
    """Return the lines of a summary file, recording format problems."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(f"{path}: not UTF-8 ({error})")
        return []
    if "\r" in text:
        problems.append(f"{path}: CR in file (LF line endings only)")
    if not text.endswith("\n"):
        problems.append(f"{path}: no final newline")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            problems.append(f"{path}:{number}: empty line")
    if not MIN_LINES <= len(lines) <= MAX_LINES:
        problems.append(f"{path}: {len(lines)} lines, expected {MIN_LINES} to {MAX_LINES}")
    return lines


def check(corpus, refs):
    articles, problems = collect_articles(corpus)
    found = {}  # slug -> list of (split, n)
    for split in SPLITS:
        folder = refs / split
        if not folder.is_dir():
            problems.append(f"missing split folder {folder}")
            continue
        for path in sorted(folder.iterdir()):
            name = path.name
            parts = name.rsplit(".", 2)
            if len(parts) != 3 or parts[2] != "txt" or not parts[1].isdigit():
                problems.append(f"{path}: not named SLUG.N.txt")
                continue
            slug, number = parts[0], parts[1]
            found.setdefault(slug, []).append((split, number))
            if slug not in articles:
                problems.append(f"{path}: no article with slug {slug} in the corpus")

    counts = {split: 0 for split in SPLITS}
    for slug in sorted(articles):
        entries = found.get(slug, [])
        splits = {split for split, _ in entries}
        numbers = sorted(number for _, number in entries)
        if not entries:
            problems.append(f"{slug}: no summaries")
            continue
        if len(splits) != 1:
            problems.append(f"{slug}: summaries in more than one split: {sorted(splits)}")
            continue
        if numbers != ["1", "2"]:
            problems.append(f"{slug}: expected {slug}.1.txt and {slug}.2.txt, found {numbers}")
        split = splits.pop()
        counts[split] += 1

        body = articles[slug][1]
        for number in ("1", "2"):
            path = refs / split / f"{slug}.{number}.txt"
            if not path.is_file():
                continue
            lines = read_summary(path, problems)
            if number != "1":
                continue
            position = 0
            for line_number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                at = body.find(line)
                if at < 0:
                    problems.append(f"{path}:{line_number}: not found verbatim in {articles[slug][0]}")
                    continue
                if not any(is_whole_sentence(body, start, line) for start in occurrences(body, line)):
                    problems.append(f"{path}:{line_number}: found only as part of a sentence")
                    continue
                following = body.find(line, position)
                if following < 0:
                    problems.append(f"{path}:{line_number}: out of document order")
                else:
                    position = following + len(line)
    files = sum(len(entries) for entries in found.values())
    return articles, counts, files, problems


def main():
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", help="the corpora/ folder (default: ../../../corpora)")
    parser.add_argument("--refs", default=str(here), help="the summaries folder (default: here)")
    arguments = parser.parse_args()
    corpus = Path(arguments.corpus) if arguments.corpus else here.parent.parent.parent / "corpora"
    if not corpus.is_dir():
        print(f"check_summaries: error: no corpus folder at {corpus}", file=sys.stderr)
        return 2

    articles, counts, files, problems = check(corpus, Path(arguments.refs))
    for problem in problems:
        print(f"FAIL {problem}")
    summary = (f"{len(articles)} articles, "
               + ", ".join(f"{split} {counts[split]}" for split in SPLITS)
               + f", {files} summary files")
    if problems:
        print(f"check_summaries: {len(problems)} problem(s); {summary}")
        return 1
    print(f"check_summaries: OK; {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

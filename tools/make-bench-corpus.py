#!/usr/bin/env python3
"""Writes a large JSON Lines corpus for the ingest benchmark, by recombining the sentences of
the project's own sample corpus (corpora/) into new articles. Deterministic (fixed seed).

usage: tools/make-bench-corpus.py OUT.jsonl [MEGABYTES=100]
"""
import glob, json, os, random, re, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpora")
out = sys.argv[1]
target = int(sys.argv[2]) if len(sys.argv) > 2 else 100
sentences = []
for path in sorted(glob.glob(os.path.join(root, "**", "*.txt"), recursive=True)):
    if path.endswith(".en.txt"):
        continue
    text = open(path, encoding="utf-8").read()
    if text.startswith("---\n"):
        text = text.split("\n---\n", 1)[-1]
    for line in text.split("\n"):
        sentences += [s.strip() + "." for s in re.split(r"(?<=[.؟!])\s+", line) if len(s.strip()) > 20]
rng = random.Random(2024)
written = 0
articles = 0
with open(out, "w", encoding="utf-8") as f:
    while written < target * 1_000_000:
        body = "\n".join(" ".join(rng.choice(sentences) for _ in range(rng.randint(1, 3)))
                         for _ in range(rng.randint(6, 14)))
        day = 1 + articles % 28
        line = json.dumps({"id": f"bench-{articles}", "date": f"2024-02-{day:02d}", "source": "bench",
                           "title": rng.choice(sentences)[:60], "text": body}, ensure_ascii=False)
        f.write(line + "\n")
        written += len(line.encode("utf-8")) + 1
        articles += 1
print(f"{out}: {articles} articles, {written / 1e6:.1f} MB", file=sys.stderr)

#!/usr/bin/env python3
"""Writes one day of generated news for the brief benchmark: N articles (default 10000) built by
recombining the sentences of the project's sample corpus (corpora/). Each article takes most of
its sentences from one sample article (its story) and a few from others, with sentences
shuffled within a window, so a day has about 17 big stories told many times over, as a day of
wire copy and rewrites is. Deterministic (fixed seed).

usage: tools/make-brief-corpus.py OUT.jsonl [ARTICLES=10000] [DATE=2024-04-01]
"""
import glob, json, os, random, re, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpora")
out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
date = sys.argv[3] if len(sys.argv) > 3 else "2024-04-01"
stories = []
for path in sorted(glob.glob(os.path.join(root, "**", "*.txt"), recursive=True)):
    if path.endswith(".en.txt") or os.path.basename(path).startswith("README"):
        continue
    text = open(path, encoding="utf-8").read()
    if text.startswith("---\n"):
        text = text.split("\n---\n", 1)[-1]
    sentences = []
    for line in text.split("\n"):
        sentences += [s.strip() for s in re.split(r"(?<=[.؟!])\s+", line) if len(s.strip()) > 30]
    if sentences:
        stories.append(sentences)
rng = random.Random(2026)
with open(out, "w", encoding="utf-8") as f:
    for number in range(count):
        story = stories[number % len(stories)]
        own = rng.sample(story, min(len(story), rng.randint(5, 10)))
        others = [rng.choice(rng.choice(stories)) for _ in range(rng.randint(0, 3))]
        body = own + others
        # Rewrites keep the order roughly: shuffle within a window of three.
        for start in range(0, len(body) - 2, 3):
            window = body[start:start + 3]
            rng.shuffle(window)
            body[start:start + 3] = window
        record = {"id": f"day-{number}", "date": date, "source": f"outlet-{number % 40}",
                  "title": own[0][:70], "text": "\n".join(body)}
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
print(f"{out}: {count} articles on {date} from {len(stories)} stories", file=sys.stderr)

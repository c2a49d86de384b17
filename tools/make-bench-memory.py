#!/usr/bin/env python3
"""Writes a translation memory for the memory benchmark: N units (default 1,000,000) in TSV
(arabic<TAB>english), each recombined from two real sentence pairs of NTREX (the first half of
one pair's words and the second half of another's, on both sides), so that the memory has the
vocabulary and lengths of real news without repeating a unit. Deterministic (fixed seed).
Also writes QUERIES.txt: 200 Arabic sentences to look up (half of them units with a word
changed, half fresh recombinations).

usage: tools/make-bench-memory.py OUT.tsv [UNITS=1000000]
"""
import os, random, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "ntrex")
out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
arabic = [l.rstrip("\r\n") for l in open(os.path.join(root, "newstest2019-ref.arb.txt"), encoding="utf-8")]
english = [l.rstrip("\r\n") for l in open(os.path.join(root, "newstest2019-src.eng.txt"), encoding="utf-8")]
pairs = [(a.split(), e.split()) for a, e in zip(arabic, english) if a.strip() and e.strip()]
rng = random.Random(1000)

def recombine():
    (a1, e1), (a2, e2) = rng.choice(pairs), rng.choice(pairs)
    return (" ".join(a1[: len(a1) // 2] + a2[len(a2) // 2:]), " ".join(e1[: len(e1) // 2] + e2[len(e2) // 2:]))

units = []
seen = set()
with open(out, "w", encoding="utf-8") as f:
    f.write("arabic\tenglish\n")
    while len(seen) < count:
        a, e = recombine()
        if (a, e) in seen:
            continue  # two draws of the same two pairs: draw again, so the memory holds COUNT units
        seen.add((a, e))
        units.append(a) if len(units) < 100 else None
        f.write(f"{a}\t{e}\n")
queries = []
for a in units:
    words = a.split()
    words[rng.randrange(len(words))] = rng.choice(rng.choice(pairs)[0])
    queries.append(" ".join(words))
queries += [recombine()[0] for _ in range(100)]
with open(os.path.splitext(out)[0] + "-queries.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(queries) + "\n")
print(f"{out}: {count} units; {len(queries)} queries", file=sys.stderr)

#!/usr/bin/env python3
"""Scores system summaries against references with a Python ROUGE package, for tools/bench-eval.

usage: eval-recipe.py rouge-score|rouge-score-rs SYSTEM_DIR REFS_DIR OUTPUT.jsonl

Each SYSTEM_DIR/STEM.txt is scored against REFS_DIR/STEM.txt with rouge1, rouge2, rougeL and
rougeLsum, the stemmer off (rouge-score's defaults otherwise). One JSON object a line, in
stem order: {"document": STEM, "rouge1": {"precision", "recall", "f"}, ...}, the shape of
`dragoman eval --format jsonl` (less its "system" field), so the two can be compared.

- rouge-score: Google's rouge-score 0.1.2, `RougeScorer.score` pair by pair (its only API).
- rouge-score-rs: the Rust reimplementation, `RougeScorer.score_batch` (its documented way to
  score many pairs: native, all cores, without the GIL).

The whole process is what tools/bench-eval times: interpreter start, imports, reading the
files, scoring, writing the output.
"""

import json
import os
import sys

METRICS = ["rouge1", "rouge2", "rougeL", "rougeLsum"]


def read_pairs(system_dir, refs_dir):
    stems = sorted(name[:-4] for name in os.listdir(system_dir) if name.endswith(".txt"))
    systems, references = [], []
    for stem in stems:
        with open(os.path.join(system_dir, stem + ".txt"), encoding="utf-8") as f:
            systems.append(f.read())
        with open(os.path.join(refs_dir, stem + ".txt"), encoding="utf-8") as f:
            references.append(f.read())
    return stems, systems, references


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("rouge-score", "rouge-score-rs"):
        sys.exit(__doc__.split("\n\n")[1])
    implementation, system_dir, refs_dir, output = sys.argv[1:]
    stems, systems, references = read_pairs(system_dir, refs_dir)
    if implementation == "rouge-score":
        from rouge_score import rouge_scorer

        scorer = rouge_scorer.RougeScorer(METRICS, use_stemmer=False)
        results = [scorer.score(reference, system) for system, reference in zip(systems, references)]
    else:
        from rouge_score_rs import rouge_scorer

        scorer = rouge_scorer.RougeScorer(METRICS, use_stemmer=False)
        results = scorer.score_batch(references, systems)
    with open(output, "w", encoding="utf-8") as f:
        for stem, scores in zip(stems, results):
            row = {"document": stem}
            for metric in METRICS:
                score = scores[metric]
                row[metric] = {"precision": score.precision, "recall": score.recall, "f": score.fmeasure}
            f.write(json.dumps(row, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()

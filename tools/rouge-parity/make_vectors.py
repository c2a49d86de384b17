#!/usr/bin/env python3
"""Writes the ROUGE parity vectors the Evaluation tests check against rouge-score 0.1.2.

Run from anywhere:  python3 tools/rouge-parity/make_vectors.py

It creates tools/.venv (if missing) with rouge-score==0.1.2 and the pinned NLTK, re-runs itself
inside it, and writes three files to Tests/EvaluationTests/Fixtures/:

  rouge_parity.jsonl           candidate/reference pairs with rouge-score's P/R/F for rouge1,
                               rouge2, rouge3, rougeL and rougeLsum, unstemmed and stemmed
  rouge_multi_reference.jsonl  candidates with several references and the max/mean results
  porter_nltk.tsv              word<TAB>NLTK PorterStemmer().stem(word) for every token above

Every sentence is written here for the project; no corpus text is read or copied. The output is
deterministic: the perturbations come from a fixed seed.
"""

import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
VENV = os.path.join(REPO, "tools", ".venv")
VENV_PYTHON = os.path.join(VENV, "bin", "python")
FIXTURES = os.path.join(REPO, "Tests", "EvaluationTests", "Fixtures")
REQUIREMENTS = ["rouge-score==0.1.2", "nltk==3.10.4", "absl-py", "numpy", "six"]
METRICS = ["rouge1", "rouge2", "rouge3", "rougeL", "rougeLsum"]
SEED = 20191101


def ensure_venv():
    """Re-executes this script inside tools/.venv, creating it first when missing."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(VENV_PYTHON):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([VENV_PYTHON, "-m", "pip", "install", "--quiet", *REQUIREMENTS], check=True)
    os.execv(VENV_PYTHON, [VENV_PYTHON, os.path.abspath(__file__), *sys.argv[1:]])


# Written for this project: news-like English sentences, with numbers, abbreviations, hyphens,
# quotes and inflected forms so that tokenizing and stemming have work to do.
SENTENCES = [
    "The finance ministry said on Tuesday that inflation had slowed to 4.2 percent in October.",
    "Officials in the northern province reported heavy flooding after three days of rain.",
    "The central bank kept its benchmark interest rate unchanged for the fifth consecutive meeting.",
    "Thousands of protesters gathered outside parliament, demanding the resignation of the cabinet.",
    "A spokesman for the U.N. refugee agency said more than 12,000 people had crossed the border.",
    "The two leaders agreed to resume talks on trade and energy cooperation next month.",
    "Police arrested four suspects in connection with the attack on a checkpoint near the airport.",
    "The opposition party won 63 of the 120 seats, according to preliminary results.",
    "Negotiators worked through the night but failed to reach a deal on the disputed water rights.",
    "Oil prices rose sharply on Monday after reports of supply disruptions in the Gulf.",
    "The health ministry confirmed 215 new cases of the virus, bringing the total to 9,874.",
    "Schools will remain closed until further notice, the education minister announced.",
    "The court sentenced the former mayor to seven years in prison for corruption.",
    "Rescue teams are still searching for survivors beneath the rubble of the collapsed building.",
    "The government plans to build 40,000 housing units over the next five years.",
    "Exports of dates and olive oil increased by 18 percent compared with last year.",
    "The president's visit to the capital was postponed because of security concerns.",
    "Farmers complained that the new irrigation rules were introduced without consultation.",
    "The airline said it would resume direct flights between the two cities in March.",
    "Human rights groups called for an independent investigation into the deaths of the detainees.",
    "The football federation suspended the league for two weeks after violence at a match.",
    "Electricity cuts lasting up to twelve hours a day have angered residents of the southern city.",
    "The prime minister's office denied reports that a cabinet reshuffle was imminent.",
    "Aid convoys carrying food and medicine reached the besieged town for the first time in months.",
    "The company's profits fell by a third as demand for its products weakened.",
    "Voters queued for hours in the heat to cast their ballots in the runoff election.",
    "The foreign minister held separate meetings with his Turkish and Iranian counterparts.",
    "Authorities lifted the curfew that had been imposed after last week's clashes.",
    "The museum reopened its doors to visitors after an extensive restoration of its main hall.",
    "A report by the World Bank warned that unemployment among young people remains high.",
    "Engineers said the dam was structurally sound despite the cracks that appeared in its wall.",
    "The minister resigned on Sunday, citing personal reasons, state television reported.",
    "Shipping through the strait returned to normal after the tanker was towed away.",
    "Teachers went on strike to demand higher salaries and better working conditions.",
    "The ceasefire, brokered by regional mediators, appeared to be holding on Thursday morning.",
    "Doctors warned that hospitals were running short of oxygen and basic supplies.",
    "The city council approved a plan to restore the old market and its narrow alleys.",
    "Wheat production is expected to reach 3.5 million tonnes this season, officials estimated.",
    "The journalists were released after being held for two days without charge.",
    "An earthquake of magnitude 5.8 struck the mountainous region early on Saturday.",
    "The parliament voted 88 to 31 to approve the draft budget for next year.",
    "Tourism revenues doubled in the first half of the year, the tourism authority said.",
    "The army said it had repelled an attack by militants on a base in the desert.",
    "Residents said they heard several explosions before the power went out.",
    "The refinery, which was damaged in a fire in June, is operating at half capacity.",
    "Ministers from the Arab League will meet in Cairo to discuss the crisis.",
    "The currency lost nearly 10 percent of its value against the dollar in a single week.",
    "Volunteers distributed blankets and hot meals to families sleeping in tents.",
    "The investigation found that safety inspections had been skipped for years.",
    "The new bridge will cut travel time between the two districts from an hour to ten minutes.",
    "Opposition leaders said the election had been marred by widespread irregularities.",
    "The agreement allows the return of displaced families to villages near the front line.",
    "Unemployment fell slightly to 11.3 percent in the third quarter, the statistics office said.",
    "A fire broke out in a crowded market, killing at least six people and injuring dozens.",
    "The ambassador was summoned to the foreign ministry to explain remarks made by his government.",
    "Scientists are monitoring the lake closely, as water levels have dropped to a record low.",
    "The king received the visiting delegation at the royal palace on Wednesday evening.",
    "Students returned to classrooms on Sunday after a delay caused by the pandemic.",
    "Talks between the unions and employers collapsed late on Friday without an agreement.",
    "The report said that 1 in 4 children in the region does not attend school regularly.",
    "Officials said the new border crossing would open to trucks carrying goods from next week.",
    "The governor promised that the damaged roads would be repaired before the rainy season.",
]

# Inflected variants, so stemming changes the result.
VARIANTS = {
    "said": "says", "says": "said", "reported": "reports", "talks": "talk", "rose": "rising",
    "officials": "official", "increased": "increasing", "agreed": "agreeing", "announced": "announces",
    "arrested": "arresting", "demanding": "demanded", "gathered": "gathering", "warned": "warning",
    "meetings": "meeting", "families": "family", "villages": "village", "prices": "priced",
    "searching": "searches", "released": "releasing", "collapsed": "collapsing", "cuts": "cutting",
    "resume": "resumed", "approved": "approving", "hospitals": "hospital", "estimated": "estimates",
    "restoration": "restored", "investigation": "investigating", "irregularities": "irregular",
    "explosions": "explosion", "visitors": "visiting", "protesters": "protesting", "leaders": "leadership",
    "supplies": "supplied", "elections": "elected", "election": "electoral", "widespread": "wide",
    "consultation": "consulting", "structurally": "structural", "generously": "generous",
}

# Hand-written edge cases: (candidate, reference).
EDGE_CASES = [
    ("", ""),
    ("", "The minister resigned."),
    ("The minister resigned.", ""),
    ("resigned", "resigned"),
    ("resigned", "appointed"),
    ("talks", "talk"),
    ("the the the", "the"),
    ("the", "the the the"),
    ("the cat the cat the cat", "the cat sat on the cat"),
    ("police police police arrested arrested", "police arrested police"),
    ("... !!! ???", "What happened?"),
    ("!!!", "???"),
    ("-- , . ;", ""),
    ("2019 2020", "in 2019, 2020 and 2021"),
    ("12,000 people", "12000 people"),
    ("4.2 percent", "4 2 percent"),
    ("MIXED Case WoRdS", "mixed case words"),
    ("THE U.N. SAID", "the u n said"),
    ("line one\nline two", "line two\nline one"),
    ("\n\n\n", "a\n\nb"),
    ("a b c\n", "\na b c"),
    ("   ", "a"),
    ("\t", "\t"),
    ("windows\r\nline endings\r\n", "windows line\r\nendings"),
    ("one sentence only", "one sentence\nonly"),
    ("w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", "w1 w2 w3 w4 w5"),
    ("w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5"),
    ("a b a b\nb a b a", "a b\nb a\na b"),
    ("x y z\nx y z\nx y z", "x y z"),
    ("x y z", "x y z\nx y z\nx y z"),
    ("İstanbul talks", "istanbul talks"),
    ("50 \u212a rise", "50 k rise"),
    ("café naïve résumé", "cafe naive resume"),
    ("قال المتحدث", "the spokesman said"),
    ("the spokesman قال said", "the spokesman said"),
    ("co-operate re-elected", "cooperate reelected"),
    ("U.S.-led coalition", "US led coalition"),
    ("don't can't won't", "do not cannot will not"),
    ("skies dying lying tying news innings outings cannings howe",
     "sky die lie tie news inning outing canning howe"),
    ("proceed exceed succeed proceeding exceeded succeeds", "proceeds exceeding succeeded"),
    ("ties dies lies pies", "tie die lie pie"),
    ("spied died fried cried", "spy die fry cry"),
    ("generously generous generosity generalization", "generous general generality generalize"),
    ("relational conditional rational valenci hesitanci digitizer", "relate condition rational"),
    ("conformabli radicalli differentli vileli analogousli", "conformable radical different"),
    ("vietnamization predication operator feudalism decisiveness hopefulness callousness",
     "vietnamize predicate operate feudal decisive hopeful callous"),
    ("formaliti sensitiviti sensibiliti triplicate formative formalize electriciti electrical",
     "formal sensitive sensible triplic form formal electric"),
    ("revival allowance inference airliner gyroscopic adjustable defensible irritant replacement",
     "reviv allow infer airlin gyroscop adjust defens irrit replac"),
    ("adjustment dependent adoption homologou communism activate angulariti homologous effective",
     "adjust depend adopt homolog commun activ angular homolog effect bowdlerize"),
    ("probate rate cease controll roll agreed feed plastered bled motoring sing",
     "probat rate ceas control roll agree feed plaster bled motor sing"),
    ("conflated troubled sized hopping tanned falling hissing fizzed failing filing",
     "conflate trouble size hop tan fall hiss fizz fail file"),
    ("happy sky enjoy spy fly try toy syzygy yyyy", "happi sky enjoy spi fli tri toy"),
    ("geology theology archaeology philology analogy", "geolog theolog archaeolog philolog analog"),
    ("bus buses was this ones goes", "bus bus was this one go"),
    ("covid19 h1n1 2020s g7 b52s", "covid19 h1n1 2020 g7 b52"),
    ("a", "a"),
    ("a", "b"),
    ("i", "I"),
    ("a  b   c", "a b c"),
    ("The quick brown fox jumps over the lazy dog", "The quick brown dog jumps on the log."),
]

MULTI_REFERENCE_CASES = [
    ("police arrested four suspects near the airport",
     ["four suspects were arrested by police near the airport",
      "police detained four people at a checkpoint",
      "the attack on the airport checkpoint led to arrests"]),
    ("the central bank kept rates unchanged",
     ["the central bank kept its rate unchanged", "rates were held steady by the bank"]),
    ("oil prices rose on monday",
     ["oil prices rose sharply on Monday", "oil prices rose sharply on Monday"]),
    ("a b c d", ["a b x y", "c d a b", "d c b a"]),
    ("the talks collapsed\nno agreement was reached",
     ["talks between unions and employers collapsed\nthere was no agreement",
      "no agreement was reached\nthe talks collapsed"]),
    ("", ["something", "anything"]),
    ("something", ["", "something else"]),
    ("the minister resigned citing personal reasons",
     ["citing personal reasons the minister resigned", "the minister resigned",
      "state television reported the resignation"]),
    ("voters queued for hours in the heat",
     ["voters waited for hours", "in the heat voters queued", "hours of queues in the heat for voters"]),
    ("schools will remain closed until further notice",
     ["schools remain closed", "the education minister announced school closures until further notice"]),
    ("rescue teams searching for survivors",
     ["rescue teams are still searching for survivors", "teams searched the rubble for survivors",
      "survivors were pulled from the rubble by rescue teams"]),
    ("one", ["one", "one one", "two one"]),
]


def perturb(sentence, rng):
    """Drops, reorders, repeats, inflects and recases words, and plays with punctuation."""
    words = sentence.split()
    operations = rng.sample(["drop", "reorder", "repeat", "inflect", "case", "punctuation"], rng.randint(1, 3))
    if "drop" in operations and len(words) > 2:
        for _ in range(rng.randint(1, max(1, len(words) // 4))):
            del words[rng.randrange(len(words))]
    if "reorder" in operations and len(words) > 2:
        if rng.random() < 0.5:
            for _ in range(rng.randint(1, 3)):
                i = rng.randrange(len(words) - 1)
                words[i], words[i + 1] = words[i + 1], words[i]
        else:
            start = rng.randrange(len(words) - 1)
            end = rng.randint(start + 1, len(words))
            chunk = words[start:end]
            del words[start:end]
            position = rng.randint(0, len(words))
            words[position:position] = chunk
    if "repeat" in operations and words:
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(words))
            words.insert(i, words[i])
    if "inflect" in operations:
        words = [VARIANTS.get(w.strip(".,").lower(), w) if rng.random() < 0.6 else w for w in words]
    if "case" in operations:
        words = [w.upper() if rng.random() < 0.2 else w.title() if rng.random() < 0.2 else w for w in words]
    if "punctuation" in operations:
        words = [w.strip(".,'\"") + (rng.choice([",", ".", ";", " -", "'s"]) if rng.random() < 0.15 else "")
                 for w in words]
    return " ".join(words)


def document_pairs(rng):
    """Pairs of one to three consecutive sentences, perturbed, on one line or one per line."""
    pairs = []
    for index in range(240):
        start = index % len(SENTENCES)
        span = rng.choice([1, 1, 2, 3])
        reference_lines = [SENTENCES[(start + k) % len(SENTENCES)] for k in range(span)]
        if index % 12 == 11:
            # An unrelated candidate: little overlap.
            candidate_lines = [perturb(SENTENCES[(start + 29) % len(SENTENCES)], rng)]
        else:
            candidate_lines = [perturb(line, rng) for line in reference_lines]
            if len(candidate_lines) > 1 and rng.random() < 0.3:
                rng.shuffle(candidate_lines)
        reference = ("\n" if rng.random() < 0.6 else " ").join(reference_lines)
        candidate = ("\n" if rng.random() < 0.6 else " ").join(candidate_lines)
        pairs.append((candidate, reference))
    return pairs


def triple(score):
    return {"precision": score.precision, "recall": score.recall, "f": score.fmeasure}


def main():
    ensure_venv()
    from nltk.stem import porter
    from rouge_score import rouge_scorer, tokenize

    scorers = {name: rouge_scorer.RougeScorer(METRICS, use_stemmer=stem)
               for name, stem in (("unstemmed", False), ("stemmed", True))}
    rng = random.Random(SEED)
    pairs = [(c, r, "edge") for c, r in EDGE_CASES] + [(c, r, "document") for c, r in document_pairs(rng)]

    os.makedirs(FIXTURES, exist_ok=True)
    with open(os.path.join(FIXTURES, "rouge_parity.jsonl"), "w", encoding="utf-8") as out:
        for number, (candidate, reference, kind) in enumerate(pairs):
            record = {"id": f"{kind}-{number:03d}", "candidate": candidate, "reference": reference}
            for name, scorer in scorers.items():
                scores = scorer.score(reference, candidate)  # rouge-score takes (target, prediction)
                record[name] = {metric: triple(scores[metric]) for metric in METRICS}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")

    with open(os.path.join(FIXTURES, "rouge_multi_reference.jsonl"), "w", encoding="utf-8") as out:
        for number, (candidate, references) in enumerate(MULTI_REFERENCE_CASES):
            for name, scorer in scorers.items():
                per_reference = [scorer.score(reference, candidate) for reference in references]
                best = scorer.score_multi(references, candidate)
                mean = {}
                for metric in METRICS:
                    count = len(per_reference)
                    mean[metric] = {
                        "precision": sum(s[metric].precision for s in per_reference) / count,
                        "recall": sum(s[metric].recall for s in per_reference) / count,
                        "f": sum(s[metric].fmeasure for s in per_reference) / count,
                    }
                record = {
                    "id": f"multi-{number:02d}-{name}", "candidate": candidate, "references": references,
                    "stemming": name == "stemmed",
                    "max": {metric: triple(best[metric]) for metric in METRICS}, "mean": mean,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")

    stemmer = porter.PorterStemmer()
    words = set()
    for candidate, reference, _ in pairs:
        words.update(tokenize.tokenize(candidate, None))
        words.update(tokenize.tokenize(reference, None))
    for sentence in SENTENCES:
        words.update(tokenize.tokenize(sentence, None))
    with open(os.path.join(FIXTURES, "porter_nltk.tsv"), "w", encoding="utf-8") as out:
        for word in sorted(words):
            out.write(f"{word}\t{stemmer.stem(word)}\n")

    print(f"wrote {len(pairs)} pairs, {2 * len(MULTI_REFERENCE_CASES)} multi-reference cases, "
          f"{len(words)} stems to {os.path.relpath(FIXTURES, REPO)}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The Python baseline for `dragoman summarize`: sumy's LexRank with sumy's Arabic tokenizer,
stemmer and stop words, the way sumy's README sets a summarizer up.

usage: tools/summarize-recipe.py [--sentences N] OUT_DIR FILE...

One process summarizes every FILE to at most N sentences (default 5) and writes each summary to
OUT_DIR/<the file's folder name>/<the file's name>, one sentence a line. It runs in tools/.venv,
where tools/bench-summarize installs sumy 0.13.0 (with PyArabic and NumPy).

What sumy 0.13.0 does for "arabic", none of which needs NLTK data (no punkt):
- Tokenizer("arabic"): sentences with pyarabic.araby.sentence_tokenize, words with
  pyarabic.araby.tokenize (sumy's own ArabicSentencesTokenizer and ArabicWordTokenizer).
  sentence_tokenize cuts after any of . , : ; ، ? ؟ (or a newline) followed by white space, and,
  since it passes re.UNICODE where re.sub takes its count, at most 32 times a paragraph: the rest
  of a long paragraph stays one unit. sumy ranks those units, as it does for anyone using it;
- Stemmer("arabic"): NLTK's Snowball ArabicStemmer (nltk.stem.snowball), pure code;
- get_stop_words("arabic"): the 751-word list sumy ships in sumy/data/stopwords/arabic.txt.
The only departure from PlaintextParser.from_file is that the file is read as utf-8-sig, so that a
byte order mark is dropped rather than glued to the first word (from_file reads plain utf-8).
"""
import argparse
import os
import sys

from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

LANGUAGE = "arabic"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5)
    parser.add_argument("out_dir")
    parser.add_argument("files", nargs="+")
    arguments = parser.parse_args()

    tokenizer = Tokenizer(LANGUAGE)
    summarizer = LexRankSummarizer(Stemmer(LANGUAGE))
    summarizer.stop_words = get_stop_words(LANGUAGE)

    for path in arguments.files:
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        document = PlaintextParser.from_string(text, tokenizer).document
        summary = summarizer(document, arguments.sentences)
        folder = os.path.join(arguments.out_dir, os.path.basename(os.path.dirname(os.path.abspath(path))))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, os.path.basename(path)), "w", encoding="utf-8", newline="\n") as f:
            for sentence in summary:
                f.write(" ".join(str(sentence).split()) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

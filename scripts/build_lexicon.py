"""Build src/wirescope/analyze/data/common_words.txt from the openly licensed GUM texts.

The list holds English words that the GUM annotators tagged as ordinary words (not
proper nouns) in the documents whose text licence allows shipping derived data (the
genres `train_ner.trainable` accepts). The language layer uses it to tell a capitalised
common word opening a sentence ("Add the flour", "Sorry, …") from a name.

    python scripts/build_lexicon.py [--datasets ../shared/datasets]

Deterministic: the same GUM release gives the same file.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_ner  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "wirescope" / "analyze" / "data" / "common_words.txt"
# Interjections of speech and transcripts, rare in the written genres above.
INTERJECTIONS = "hi hey hello hm hmm uh um oh ah aha yeah yep nope okay ok wow huh hunh mhm whoa oops".split()
MIN_COUNT = 2


def build(root: Path) -> list[str]:
    docs = [d for d in train_ner.load_split(root, "train") if train_ner.trainable(d)]
    common: Counter[str] = Counter()
    proper: Counter[str] = Counter()
    for doc in docs:
        for sent in doc.sents:
            for tok in sent.tokens:
                if not tok.form.isalpha():
                    continue
                (proper if tok.upos == "PROPN" else common)[tok.form.lower()] += 1
    words = {w for w, n in common.items() if n >= MIN_COUNT and proper[w] * 5 <= n}
    return sorted(words | set(INTERJECTIONS))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", help="datasets folder (default: $WIRESCOPE_DATASETS or ../shared/datasets)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    words = build(train_ner.datasets_root(args.datasets))
    header = ("# Common English words (not proper nouns) of the GUM corpus documents whose text\n"
              "# licence allows it (news, interview: CC BY 2.5; academic, court: CC BY 4.0; bio, voyage:\n"
              "# CC BY-SA 3.0). GUM annotations CC BY 4.0, Zeldes (2017); see README, Credits.\n"
              "# Built by scripts/build_lexicon.py; do not edit by hand.\n")
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")


if __name__ == "__main__":
    main()

"""Train the story-boundary model of src/wirescope/split/gaps.py from the openly licensed GUM texts.

Training texts are run-together documents, built the way pasted news piles up:

- the GUM documents whose text licence allows shipping a derived model (the genres
  `train_ner.trainable` accepts; train and dev splits: splitting is not scored on GUM);
- each text runs 2-5 distinct documents together; each document loses its headline
  half the time;
- in half the texts every document after the first keeps only its opening 20-200 words,
  cut after a word with any trailing punctuation dropped (a teaser or a truncated paste);
- paragraphs and documents are joined by a line break (two texts in three) or a blank line.

Every gap between paragraphs becomes one example (is a document boundary or not) with
the FEATURES of `gaps.py`, computed on the lines wirescope's own text cleaner labels.
The model is an L2-regularised logistic regression (Newton's method, standardised
features). The decision threshold is the middle one of those within 0.003 of the best mean
boundary F1 over two folds, the model fitted on the texts of one half of the documents and the texts of the
other half cut with wirescope's own segmentation; the shipped weights are then fitted
on texts of all of them.

    python scripts/train_split.py [--datasets ../shared/datasets] [--texts 600]

Deterministic: the same GUM release and seed give the same file.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_ner  # noqa: E402

from wirescope import load_settings  # noqa: E402
from wirescope.analyze.gazetteer import common_words  # noqa: E402
from wirescope.clean.text import classify_lines  # noqa: E402
from wirescope.split.gaps import FEATURES, MODEL_PATH, GapModel, Gaps  # noqa: E402
from wirescope.split.segment import cut_gaps, story_units  # noqa: E402

SEED = 7
L2 = 1.0
PLATEAU = 0.003  # held-out F1 within this of the best counts as as good (see main)
# The thresholds are picked under the segmentation users get: the default split settings.
SPLIT = load_settings().section("split")
_WORD = re.compile(r"\S+")


def _teaser(text: str, rng: random.Random) -> str:
    words = list(_WORD.finditer(text))
    if len(words) < 30:
        return text
    w = words[rng.randint(20, min(200, len(words) - 1))]
    return text[:w.end()].rstrip(".,;:!?")


def run_together(docs: list, n: int, seed: int) -> list[tuple[str, list[int]]]:
    """n texts of several documents run together (see the module docstring), each with
    the character offsets where its second and later documents start."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        chosen = rng.sample(docs, min(len(docs), rng.randint(2, 5)))
        teasers = rng.random() < 0.5
        join = rng.choice(["\n", "\n", "\n\n"])
        parts = []
        for j, doc in enumerate(chosen):
            paras = [p.strip() for p in doc.text.split("\n\n") if p.strip()]
            if len(paras) > 2 and rng.random() < 0.5:
                paras = paras[1:]
            body = join.join(paras)
            parts.append(_teaser(body, rng) if teasers and j else body)
        starts, pos = [], 0
        for part in parts[:-1]:
            pos += len(part) + len(join)
            starts.append(pos)
        out.append((join.join(parts), starts))
    return out


def examples(texts: list[tuple[str, list[int]]]) -> list[tuple[list, np.ndarray, np.ndarray, int]]:
    """Per text: its units' `Gaps`, the gap feature rows, the gold labels and the number of gold boundaries."""
    common = common_words()
    out = []
    for text, starts in texts:
        units = story_units(classify_lines(text))
        if len(units) < 2:
            continue
        gold = set()
        for b in starts:
            g = next((i for i, u in enumerate(units) if u.start >= b - 2), None)
            if g:
                gold.add(g)
        gaps = Gaps(units, common)
        out.append((gaps, gaps.rows(), np.array([int(g in gold) for g in range(1, len(units))]), len(starts)))
    return out


def fit(X: np.ndarray, y: np.ndarray, l2: float = L2, iters: int = 50) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """L2-regularised logistic regression by Newton's method on standardised features:
    (weights, bias, mean, scale)."""
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    Z = np.hstack([(X - mean) / scale, np.ones((len(X), 1))])
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[-1] = 0.0  # the bias is not shrunk
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(Z @ w, -60, 60)))
        grad = Z.T @ (p - y) + reg * w
        hess = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1]), mean, scale


def model_of(w, bias, mean, scale, threshold: float) -> GapModel:
    return GapModel(dict(zip(FEATURES, map(float, w))), bias, dict(zip(FEATURES, map(float, mean))),
                    dict(zip(FEATURES, map(float, scale))), threshold)


def boundary_f1(model: GapModel, data) -> float:
    tp = fp = fn = 0
    for gaps, _, y, n_gold in data:
        def score(lo, hi, need, gaps=gaps):
            return model.probabilities(gaps.rows(lo, hi, need))
        cuts = set(cut_gaps(gaps.units, score, model.threshold,
                            SPLIT["min_words"], 0.0, SPLIT["min_words_complete"]))
        gold = {g + 1 for g in np.nonzero(y)[0]}
        tp += len(cuts & gold)
        fp += len(cuts - gold)
        fn += n_gold - len(cuts & gold)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--datasets", help="datasets root (default ../shared/datasets or $WIRESCOPE_DATASETS)")
    ap.add_argument("--texts", type=int, default=600, help="run-together texts per fit (default 600)")
    ap.add_argument("--l2", type=float, default=L2, help=f"L2 penalty on the standardised weights (default {L2})")
    ap.add_argument("--out", type=Path, default=MODEL_PATH, help=f"model file (default {MODEL_PATH})")
    args = ap.parse_args(argv)
    root = train_ner.datasets_root(args.datasets)
    docs = sorted((d for split in ("train", "dev") for d in train_ner.load_split(root, split)
                   if train_ner.trainable(d)), key=lambda d: d.id)
    if len(docs) < 10:
        print(f"error: only {len(docs)} openly licensed GUM documents under {root}/gum; "
              "point --datasets at the datasets folder", file=sys.stderr)
        return 2
    rng = random.Random(SEED)
    half = set(d.id for d in rng.sample(docs, len(docs) // 2))
    folds = [examples(run_together([d for d in docs if (d.id in half) == side], args.texts, SEED + side))
             for side in (True, False)]
    thresholds = np.arange(0.1, 0.9, 0.05).round(2)
    scores = dict.fromkeys(thresholds, 0.0)
    for train, test in ((folds[0], folds[1]), (folds[1], folds[0])):
        w, bias, mean, scale = fit(np.vstack([r for _, r, _, _ in train]), np.concatenate([y for _, _, y, _ in train]),
                                   args.l2)
        for t in thresholds:
            scores[t] += boundary_f1(model_of(w, bias, mean, scale, t), test) / 2
    # the curve is flat near its top, where which threshold wins is down to a few texts:
    # take the middle of the thresholds within `PLATEAU` of the best
    best = max(scores.values())
    plateau = [t for t in thresholds if scores[t] >= best - PLATEAU]
    threshold = plateau[len(plateau) // 2]
    print("held-out boundary F1 by threshold (mean of 2 folds): "
          + ", ".join(f"{t:.2f} {f:.3f}" for t, f in scores.items()))
    full = examples(run_together(docs, args.texts, SEED + 2))
    X = np.vstack([r for _, r, _, _ in full])
    y = np.concatenate([y for _, _, y, _ in full])
    w, bias, mean, scale = fit(X, y, args.l2)
    out = {
        "about": "story-boundary model for wirescope.split.gaps; built by scripts/train_split.py from "
                 "run-together GUM documents (CC BY 4.0 annotations, Zeldes 2017; open-licence genres only)",
        "documents": len(docs), "gaps": int(len(y)), "boundaries": int(y.sum()),
        "threshold": float(threshold), "heldout_f1": round(scores[threshold], 4),
        "bias": bias,
        "weights": {f: round(float(v), 6) for f, v in zip(FEATURES, w)},
        "mean": {f: round(float(v), 6) for f, v in zip(FEATURES, mean)},
        "scale": {f: round(float(v), 6) for f, v in zip(FEATURES, scale)},
    }
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(docs)} documents, {len(y)} gaps, {int(y.sum())} boundaries, "
          f"threshold {threshold:.2f} (held-out F1 {scores[threshold]:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

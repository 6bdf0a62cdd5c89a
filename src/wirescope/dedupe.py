"""Exact and near-duplicate detection.

Exact duplicates share `Article.id` (the content hash); the store finds those
with a primary-key lookup. Near duplicates are found with MinHash over word
shingles and LSH banding whose band keys live in the store's `lsh` table, so
the index persists across runs and memory stays flat as the corpus grows.
LSH only proposes candidates: each is verified against its stored signature
by estimated Jaccard similarity >= `threshold`.

Only canonical articles are indexed, so a copy is always matched to the first
version of a story stored, never chained copy-of-a-copy away from it.
"""

from __future__ import annotations

import hashlib
import inspect
import logging
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass, replace
from typing import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit

import numpy as np
from datasketch import MinHash

from wirescope.article import normalize_for_hash
from wirescope.clean.dateline import DATELINE_OPENING
from wirescope.errors import SettingsError
from wirescope.spelling import us_spelling

__all__ = ["DedupeSettings", "Match", "NearIndex", "words", "shingles", "similarity", "url_key", "containment",
           "opening_key", "title_key", "OPENING_CONTAINMENT", "SAME_URL_CONTAINMENT", "TEASER_SHARE",
           "TITLE_CONTAINMENT"]

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")

# datasketch 2 changed its default permutation scheme; stored signatures must
# be comparable across versions, so ask for the pre-2.0 one when available.
_MINHASH_KW = (
    {"scheme": "legacy"} if "scheme" in inspect.signature(MinHash.__init__).parameters else {}
)

@dataclass(frozen=True, slots=True)
class DedupeSettings:
    """Near-duplicate settings (setting names `dedupe.*`).

    `num_perm`, `shingle_words`, `bands` and `seed` shape the stored signatures and
    band keys, so a store keeps the values it was created with; `threshold`
    and `min_words` may change between runs.
    """

    # Measured by `make bench` (dedupe: syndicated copies of WCXB texts): a 5-word
    # shingle dies with any of its five words, so a copy with 5-10% of its words
    # changed fell under 0.6 with 5-word shingles (recall 0.46 on such copies); with
    # 3-word shingles and 0.5 they are found, and no other story came near (the
    # hand-written stories of tests/store/data/stories.txt: copies 0.82-0.98,
    # other stories on the same topic <= 0.08).
    threshold: float = 0.5   # estimated Jaccard a candidate must reach
    num_perm: int = 128      # MinHash permutations
    shingle_words: int = 3   # words per shingle
    bands: int = 32          # LSH bands; rows per band = num_perm // bands
    min_words: int = 30      # shorter texts are only exact-deduplicated
    seed: int = 1
    max_candidates: int = 100  # verify at most this many LSH candidates

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise SettingsError(f"dedupe.threshold must be in (0, 1], got {self.threshold}")
        if self.bands < 1 or self.num_perm % self.bands:
            raise SettingsError(
                f"dedupe.bands ({self.bands}) must divide dedupe.num_perm ({self.num_perm})")
        if self.shingle_words < 1 or self.min_words < self.shingle_words:
            raise SettingsError("dedupe.shingle_words must be >= 1 and <= dedupe.min_words")

    @classmethod
    def from_mapping(cls, values: dict) -> "DedupeSettings":
        """Build from the `[dedupe]` settings section; unknown keys are an error."""
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(values) - known)
        if unknown:
            raise SettingsError(f"unknown dedupe setting(s) {', '.join(unknown)}; "
                                f"known: {', '.join(sorted(known))}")
        return cls(**values)

    @property
    def fingerprint(self) -> str:
        """The settings that must match between runs on one store."""
        scheme = _MINHASH_KW.get("scheme", "legacy")
        return (f"minhash:{scheme}:perm={self.num_perm}:seed={self.seed}:"
                f"shingle={self.shingle_words}:bands={self.bands}:fold=1")

    def with_fingerprint(self, fingerprint: str) -> "DedupeSettings | None":
        """These settings with the signature shape a store was built with (its
        `fingerprint`), or None when this wirescope cannot make such signatures (another
        MinHash scheme or spelling fold)."""
        m = re.fullmatch(r"minhash:(\w+):perm=(\d+):seed=(\d+):shingle=(\d+):bands=(\d+):fold=1", fingerprint)
        if not m or m.group(1) != _MINHASH_KW.get("scheme", "legacy"):
            return None
        perm, seed, shingle, bands = map(int, m.groups()[1:])
        try:
            return replace(self, num_perm=perm, seed=seed, shingle_words=shingle, bands=bands,
                           min_words=max(self.min_words, shingle))
        except SettingsError:
            return None

    @property
    def shape(self) -> tuple[int, int, int, int]:
        """The settings a store keeps: num_perm, seed, shingle_words, bands."""
        return self.num_perm, self.seed, self.shingle_words, self.bands


@dataclass(frozen=True, slots=True)
class Match:
    """A verified near duplicate: the canonical article and the similarity."""

    article_id: str
    similarity: float


def words(text: str) -> list[str]:
    """Normalized words of `text` as compared for near duplicates."""
    return [us_spelling(w) for w in _WORD.findall(normalize_for_hash(text))]


def shingles(text: str, k: int = 5) -> set[bytes]:
    """Word `k`-shingles of `text`, encoded for hashing."""
    return _grams(words(text), k)


def _grams(ws: list[str], k: int) -> set[bytes]:
    return {" ".join(ws[i:i + k]).encode("utf-8") for i in range(max(len(ws) - k + 1, 1))}


# Query parameters that track the reader, not name the page.
_TRACKING = re.compile(r"(?i)^(?:utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|cmpid|ocid|smid|ref|ref_src|cid|at_\w+)$")
# The share of the shorter text's word 3-grams found in the longer that makes two texts at
# one address one story (a feed summary or teaser is the article's opening words, give or
# take an edited sentence; a page's address reused for other stories shares almost none).
SAME_URL_CONTAINMENT = 0.5
# A teaser is much shorter than its article: at most this share of its words. Two texts of
# one address closer in length are versions of the page (an update, an edit), left to the
# near-duplicate test.
TEASER_SHARE = 0.6
# With no address in common, a teaser is known by its article's opening words (the first
# `OPENING_WORDS` after a dateline) and must hold this share of its phrases in it.
OPENING_WORDS = 8
OPENING_CONTAINMENT = 0.8


def opening_key(text: str | None) -> str | None:
    """The first `OPENING_WORDS` words of `text` after a dateline ("KYIV (Reuters) —"), as
    compared for near duplicates, or None for a shorter text: a teaser cut from an article
    opens as it does."""
    if not text:
        return None
    m = DATELINE_OPENING.match(text)
    start = m.end() if m else 0
    ws = words(text[start:start + 400])   # the opening only (a word cut at the end is not among the first)
    if len(ws) <= OPENING_WORDS:
        ws = words(text[start:])
    return " ".join(ws[:OPENING_WORDS]) if len(ws) >= OPENING_WORDS else None


# A teaser under its article's own headline (a front page's blurb, a newsletter's summary)
# may be written apart from the article's opening: one headline of `TITLE_WORDS` words or
# more, word for word, and this share of the teaser's phrases found in the article.
TITLE_WORDS = 5
TITLE_CONTAINMENT = 0.3


def title_key(title: str | None) -> str | None:
    """A headline as compared for teasers (its words, as `words` reads them), or None for
    one under `TITLE_WORDS` words: a short headline ("Live updates", "Morning briefing")
    heads many stories."""
    ws = words(title or "")
    return " ".join(ws) if len(ws) >= TITLE_WORDS else None


def url_key(url: str | None) -> str | None:
    """The address of an article page as compared across inputs: no scheme, lower-case host
    without "www.", no fragment, no trailing slash, no tracking parameters
    ("https://www.Example.com/a/b/?utm_source=rss" and "http://example.com/a/b" are one
    key). None for no address or a site's front page (it names no one article)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING.match(k)))
    if not host or not path and not query:
        return None
    return f"{host}{path}" + (f"?{query}" if query else "")


def containment(short: str, long: str, k: int = 3) -> float:
    """The share of the word `k`-grams of `short` found in `long` (1.0: every phrase of
    the shorter text is in the longer, as a teaser's are in its article)."""
    a = _grams(words(short), k)
    return len(a & _grams(words(long), k)) / len(a) if a else 0.0


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


class NearIndex:
    """MinHash LSH index kept in the store's `signatures` and `lsh` tables.

    The caller owns the connection and its transactions; this class only
    reads and writes rows, so an aborted input leaves no half-indexed article.
    """

    def __init__(self, conn: sqlite3.Connection, settings: DedupeSettings | None = None):
        self.conn = conn
        self.settings = settings or DedupeSettings()
        s = self.settings
        self._rows = s.num_perm // s.bands
        # Reusing one set of permutations avoids regenerating them per text.
        self._proto = MinHash(num_perm=s.num_perm, seed=s.seed, **_MINHASH_KW)

    def signature(self, text: str) -> np.ndarray | None:
        """MinHash signature of `text`, or None when it is too short to compare."""
        s = self.settings
        ws = words(text)
        if len(ws) < s.min_words:
            return None
        grams = _grams(ws, s.shingle_words)
        m = MinHash(num_perm=s.num_perm, seed=s.seed,
                    permutations=self._proto.permutations, **_MINHASH_KW)
        m.update_batch(list(grams))
        # Legacy values fit 32 bits; storing them as uint32 halves the blob.
        return m.hashvalues.astype(np.uint32)

    def band_keys(self, sig: np.ndarray) -> list[tuple[int, int]]:
        """(band, key) pairs of a signature; keys are signed 64-bit for SQLite."""
        r = self._rows
        keys = []
        for band in range(self.settings.bands):
            digest = hashlib.blake2b(sig[band * r:(band + 1) * r].tobytes(), digest_size=8)
            keys.append((band, int.from_bytes(digest.digest(), "little", signed=True)))
        return keys

    def candidates(self, sig: np.ndarray) -> list[str]:
        """Ids of indexed articles sharing a band with `sig`, most bands first."""
        keys = self.band_keys(sig)
        # One indexed lookup per band; SQLite scans the table for the shorter
        # "(band, key) IN (VALUES ...)" form.
        lookups = " UNION ALL ".join(
            ["SELECT article_id FROM lsh WHERE band = ? AND key = ?"] * len(keys))
        rows = self.conn.execute(
            f"SELECT article_id, count(*) AS n FROM ({lookups}) "
            "GROUP BY article_id ORDER BY n DESC LIMIT ?",
            [v for pair in keys for v in pair] + [self.settings.max_candidates],
        ).fetchall()
        return [r[0] for r in rows]

    def match(self, sig: np.ndarray | None) -> Match | None:
        """The most similar indexed article at or above the threshold, if any."""
        if sig is None:
            return None
        best: Match | None = None
        for article_id in self.candidates(sig):
            row = self.conn.execute(
                "SELECT sig FROM signatures WHERE article_id = ?", (article_id,)).fetchone()
            if row is None:
                continue
            sim = similarity(sig, np.frombuffer(row[0], dtype=np.uint32))
            if sim >= self.settings.threshold and (best is None or sim > best.similarity):
                best = Match(article_id, sim)
        if best:
            log.debug("near copy of %s (similarity %.2f)", best.article_id, best.similarity)
        return best

    def save(self, article_id: str, sig: np.ndarray | None, *, index: bool) -> None:
        """Store the signature; add its band keys when the article is canonical."""
        if sig is None:
            return
        self.conn.execute("INSERT OR REPLACE INTO signatures(article_id, sig) VALUES (?, ?)",
                          (article_id, sig.tobytes()))
        if index:
            self.conn.executemany(
                "INSERT OR IGNORE INTO lsh(band, key, article_id) VALUES (?, ?, ?)",
                [(band, key, article_id) for band, key in self.band_keys(sig)])

    def forget(self, article_id: str) -> None:
        """Drop the article's band keys (it is no longer a canonical article); its
        signature stays."""
        row = self.conn.execute("SELECT sig FROM signatures WHERE article_id = ?", (article_id,)).fetchone()
        if row is not None:
            self.conn.executemany(
                "DELETE FROM lsh WHERE band = ? AND key = ? AND article_id = ?",
                [(band, key, article_id) for band, key in self.band_keys(np.frombuffer(row[0], dtype=np.uint32))])


def pairwise(texts: Iterable[str], settings: DedupeSettings | None = None) -> list[list[float]]:
    """Similarity matrix of `texts` (for tuning; builds signatures in memory)."""
    with closing(sqlite3.connect(":memory:")) as conn:
        index = NearIndex(conn, settings)
        sigs = [index.signature(t) for t in texts]
    return [[similarity(a, b) if a is not None and b is not None else 0.0 for b in sigs]
            for a in sigs]

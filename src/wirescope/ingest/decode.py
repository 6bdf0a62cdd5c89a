"""Bytes to text: size limits, binary detection, encoding detection."""

from __future__ import annotations

import codecs
import re
import zlib

from charset_normalizer import from_bytes

__all__ = ["Rejected", "decode", "gunzip", "repair_mojibake"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
# Control characters other than tab, newline, carriage return, form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


# UTF-8 read as Latin-1 or Windows-1252 ("Investorâ\x80\x99s", "cafÃ©", "donâ€™t"): a
# lead byte shown as À-ÿ, then one to three continuation bytes shown as themselves
# (Latin-1) or as the Windows-1252 characters in their place.
_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc" \
                "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}}")


def _unmangle(m: re.Match) -> str:
    run = m.group()
    for enc in ("cp1252", "latin-1"):
        try:
            fixed = run.encode(enc).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if len(fixed) == 1:
            return fixed
    return run


def repair_mojibake(text: str) -> str:
    """Text with UTF-8 sequences that were decoded as Latin-1 or Windows-1252 put right
    ("donâ€™t" -> "don’t"); any other text is returned unchanged."""
    return _MOJIBAKE.sub(_unmangle, text) if text else text


class Rejected(Exception):
    """Raised inside ingest for a bad input; the caller turns it into a rejection record."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing output over `max_bytes` (gzip bombs)."""
    out = b""
    try:
        while data and len(out) <= max_bytes:  # a gzip file may hold several members
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += d.decompress(data, max_bytes + 1 - len(out))
            if not d.eof:
                if len(out) <= max_bytes:
                    raise Rejected("truncated gzip data; re-download or re-compress the file")
                break
            data = d.unused_data
    except zlib.error as exc:
        raise Rejected(f"corrupt gzip data ({exc}); re-download or unzip the file") from None
    if len(out) > max_bytes:
        raise Rejected(f"larger than {max_bytes:,} bytes once unzipped; raise ingest.max_bytes to accept it")
    return out


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, *, html: bool = False, max_control_ratio: float = 0.02) -> tuple[str, str]:
    """Decode input bytes; returns (text, encoding) or raises `Rejected`.

    Order: byte-order mark, strict UTF-8, the charset an HTML page declares,
    then charset-normalizer's detection. UTF-8 that an earlier tool decoded as Latin-1
    or Windows-1252 and saved again ("donâ€™t") is put right.
    """
    if not data.strip():
        raise Rejected("empty")
    text: str | None = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(name), name
            except UnicodeDecodeError:
                pass
            break
    if text is None and b"\x00" in data[:8192]:
        raise Rejected("binary data (NUL bytes); expected text, HTML, JSONL, a feed or a WARC file")
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if text is None and html:
        declared = _declared_charset(data)
        if declared:
            try:
                text, encoding = data.decode(declared), declared
            except UnicodeDecodeError:
                pass
    if text is None:
        best = from_bytes(data[:200_000]).best()
        if best is None or best.encoding is None:
            raise Rejected("undecodable: no text encoding fits; convert the file to UTF-8")
        text, encoding = data.decode(best.encoding, errors="replace"), best.encoding
    text = repair_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise Rejected("empty")
    controls = len(_CONTROL.findall(text[:100_000]))
    if controls > max_control_ratio * min(len(text), 100_000):
        raise Rejected("binary data (control characters); expected text, HTML, JSONL, a feed or a WARC file")
    return text, encoding


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"

"""Bytes to text: mojibake repair, with property tests (repair never breaks clean text)."""

from hypothesis import given
from hypothesis import strategies as st

from wirescope.ingest.decode import decode, repair_mojibake


def test_decode_repairs_utf8_read_as_latin1_or_cp1252():
    right = "Estonia’s minister said the café was closed — Über alles"
    assert repair_mojibake(right.encode("utf-8").decode("latin-1")) == right
    assert repair_mojibake(right.encode("utf-8").decode("cp1252")) == right
    text, _ = decode("Investorâ\x80\x99s Guide to Retirement".encode("utf-8"))
    assert text == "Investor’s Guide to Retirement"


def test_decode_keeps_real_accented_text():
    for text in ["SÃO PAULO", "für être naïve Zoë", "€5 – cheap, “quoted”", "Ångström à la carte"]:
        assert repair_mojibake(text) == text


@given(st.text())
def test_decode_repair_property_idempotent_and_clean_text_unchanged(text):
    once = repair_mojibake(text)
    assert repair_mojibake(once) == once or len(repair_mojibake(once)) < len(once)
    # text made only of characters that never start mojibake passes through unchanged
    clean = "".join(c for c in text if not "\u00c2" <= c <= "\u00f4")
    assert repair_mojibake(clean) == clean

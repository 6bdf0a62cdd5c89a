import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirescope.spelling import us_spelling


@pytest.mark.parametrize("uk, us", [
    ("colour", "color"), ("favourite", "favorite"), ("organisation", "organization"), ("analysed", "analyzed"),
    ("centre", "center"), ("travelled", "traveled"), ("defence", "defense"), ("programmes", "programs"),
    ("zelenskiy", "zelensky"), ("zelenskyy", "zelensky"),
])
def test_us_spelling_folds_british_forms_and_transliterations(uk, us):
    assert us_spelling(uk) == us_spelling(us) == us


@pytest.mark.parametrize("word", ["grey", "tour", "four", "port", "1990s", "e-mail"])
def test_us_spelling_leaves_short_and_non_alphabetic_words(word):
    assert us_spelling(word) == word


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=14))
def test_us_spelling_gives_a_lower_case_word_no_longer(word):
    # both sides of a comparison are folded once; the fold only shortens or respells
    out = us_spelling(word)
    assert out.isalpha() == word.isalpha() and out.islower() == word.islower() and len(out) <= len(word)

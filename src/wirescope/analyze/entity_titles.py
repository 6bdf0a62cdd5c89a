"""Titles and roles next to a person's name: "Estonian Defence Minister Kaja Roos",
"Roos, a senior adviser", "The Secretary of the Department of …, Kaja Roos,".

`find_mentions` (entities.py) asks these helpers where a title before a name starts, which
role an appositive after it gives, and puts the role, normalised, on the person's mention.
"""

from __future__ import annotations

from .entity_tokens import _NAME_PARTICLES, Mention, _is_name_token, _starts, _text
from .gazetteer import Gazetteer
from .roles import HONORIFICS, ROLE_NOUN, is_glue_word, is_title_word, normalize_role


def _name_after(doc, i: int) -> tuple[int, int] | None:
    """Token range of a capitalised name starting at token i (particles allowed inside)."""
    j = i
    while j < len(doc) and (_is_name_token(doc[j]) or (
            j > i and doc[j].lower_ in _NAME_PARTICLES and j + 1 < len(doc)
            and _is_name_token(doc[j + 1]))):
        if doc[j].text in ("’s", "'s") or (j > i and _starts(doc, j)):
            break
        j += 1
        if j - i >= 5:
            break
    return (i, j) if j > i else None


# Lower-case role nouns that stand right before a person's name.
_PERSON_DESCRIPTORS = frozenset("""president minister secretary spokesman spokeswoman spokesperson
senator governor mayor general colonel admiral commander ambassador envoy adviser advisor analyst
scientist economist historian professor lawmaker congressman congresswoman judge prosecutor
lawyer attorney researcher expert journalist correspondent editor reporter diplomat negotiator
coach ceo chairman chairwoman founder leader premier chancellor king queen prince princess pope
activist author candidate nominee officer captain sergeant""".split())


def _title_ends_at(doc, i: int) -> bool:
    """Does a title end right before token i? ("President", "Minister of Defense")."""
    prev = doc[i - 1]
    if prev.lower_ in HONORIFICS:
        return True
    if is_title_word(prev.text):
        # lower-case, only words that stand before a name ("press secretary Mari
        # Tamm"), not ones that also qualify things ("official website", "head office")
        return prev.text[:1].isupper() or prev.lower_ in _PERSON_DESCRIPTORS
    # "Minister of Defence Jaan Kask", "Secretary of State Anna Lind";
    # but "head of the Odesa Regional Military Administration" heads a body
    via_of = False
    for k in range(i - 1, max(-1, i - 5), -1):
        tok = doc[k]
        if tok.lower_ == "the":
            return False
        if is_title_word(tok.text):
            # "Minister of Defence Jaan Kask"; but "editor for Harbour Post": a lower-case
            # title's "for" or "of" names where the holder works, not the office
            return via_of and tok.text[:1].isupper()
        if tok.lower_ in ("of", "for"):
            if k == i - 1:
                return False   # "a spokesman for Trump" is someone else; "Secretary of State X"
            via_of = True
        elif not (is_glue_word(tok.text) or (tok.text[:1].isupper() and tok.is_alpha)):
            return False
    return False


def _role_before(doc, i: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """A title phrase ending right before token i: (first token, role text)."""
    k = i - 1
    if k < 0 or not _title_ends_at(doc, i):
        return None
    if doc[k].lower_ in HONORIFICS:
        return (k, "")
    start = k
    while k >= 0:
        tok = doc[k]
        if is_title_word(tok.text) or is_glue_word(tok.text) or tok.text in ("-",):
            start = k
        elif k and _is_name_token(tok) and _is_name_token(doc[k - 1]) and not any(
                gaz.lookup([w]) or gaz.country_of(w) or is_glue_word(w) or w.isupper()
                for w in (tok.text, doc[k - 1].text)) \
                and not gaz.lookup([doc[k - 1].text, tok.text]):
            break           # "Karl Vesik Vice President ...": another name ends the title
        elif k and _is_name_token(tok) and doc[k + 1].lower_ in ("and", "&") and is_title_word(doc[k - 1].text) \
                and not (gaz.lookup([tok.text]) or gaz.country_of(tok.text) or tok.is_upper):
            break           # "Judge Ruutel and Senator Oja": a titled person before, not a title
        elif tok.text[:1].isupper() and not _starts(doc, k) and tok.is_alpha or tok.text in (
                "US", "U.S.", "UK", "EU", "UN"):
            start = k       # "Italian", "Pentagon", "US"
        elif tok.text[:1].isupper() and _starts(doc, k) and (
                gaz.country_of(tok.text) or gaz.lookup([tok.text])):
            start = k
            break
        else:
            break
        k -= 1
    # do not let the phrase start with glue ("of", "the")
    while start < i and doc[start].lower_ in ("the", "of", "and", "for", "at", "on", "to", "-"):
        start += 1
    text = _text(doc)[doc[start].idx:doc[i - 1].idx + len(doc[i - 1].text)]
    return (start, text)


def _role_after(doc, end: int, people: frozenset[int]) -> str | None:
    """An appositive role after a name: "Kaja Roos, a senior adviser for the Baltic region ...";
    `people` are the first tokens of people's mentions: a title set off before one of them is
    theirs ("Indrek Lill, the head of the Audit Office, Mart Saar, and …")."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    sent_end = doc[end].sent.end if doc.has_annotation("SENT_START") else len(doc)
    k = end + 1
    stop = min(sent_end, k + 24)
    j = k
    while j < stop and doc[j].text not in (",", ";", ":", "(", ")", "—", "–") and not (
            doc[j].text == "." and j == sent_end - 1):
        if doc[j].lower_ in ("said", "says", "told", "added", "who", "which", "that"):
            return None
        j += 1
    if j == k or j + 1 < len(doc) and doc[j].text == "," and j + 1 in people:
        return None
    if j == stop < sent_end and not doc[j].is_punct:
        return None   # no end in sight: a cut-off phrase is no role
    phrase = _text(doc)[doc[k].idx:doc[j - 1].idx + len(doc[j - 1].text)]
    first = doc[k].lower_
    if first not in ("a", "an", "the", "its", "his", "her", "their") and not doc[k].text[:1].isupper() \
            and not (is_title_word(first) and any(doc[x].lower_ in ("of", "at", "for") for x in range(k + 1, j))):
        return None   # but "Ingrid Solberg, head of the mission": a bare title with its body
    if not ROLE_NOUN.search(phrase):
        return None
    words = phrase.split(" ", 1)
    return words[1] if first in ("a", "an", "the") and len(words) > 1 else phrase


_DETERMINERS = frozenset("the a an its his her their our".split())


def _possessor_before(doc, k: int, gaz: Gazetteer) -> int | None:
    """The first token of a known place of up to three words owning what starts at token k
    ("New Zealand's" before "Prime Minister"), or None."""
    if k < 2 or doc[k - 1].text not in ("'s", "’s"):
        return None
    for a in range(k - 2, max(-1, k - 5), -1):
        entry = gaz.lookup([t.text for t in doc[a:k - 1]])
        if entry is not None and entry.type in ("GPE", "LOC") and entry.curated:
            return a
    return None


def _role_comma_before(doc, s: int, gaz: Gazetteer, owner) -> tuple[int, str] | None:
    """A title set off by a comma before a name: "The Defence Minister, Kaja Roos, said",
    "Estonia's defence minister, Kaja Roos": (first token of the title, the title)."""
    if s < 2 or doc[s - 1].text != "," or not is_title_word(doc[s - 2].text):
        return None
    k, plain = s - 2, 0   # plain: lower-case words that qualify the title ("press secretary")
    while k > 0 and doc[k - 1].lower_ not in _DETERMINERS and (
            is_title_word(doc[k - 1].text) or is_glue_word(doc[k - 1].text)
            or doc[k - 1].is_alpha and not _starts(doc, k - 1) and (doc[k - 1].text[:1].isupper() or plain < 2)):
        plain += doc[k - 1].text.islower() and not is_title_word(doc[k - 1].text) and not is_glue_word(doc[k - 1].text)
        k -= 1
    if k > 1 and doc[k - 1].text in ("'s", "’s") and owner[k - 2] is not None:
        k = owner[k - 2]   # "the Port of Tallinn's chief executive": the whole name owns the title
    elif k > 1 and doc[k - 1].text in ("'s", "’s") and gaz.lookup([doc[k - 2].text]):
        k -= 2   # "Estonia's defence minister"
    elif not (_starts(doc, k) or k and doc[k - 1].lower_ in _DETERMINERS):
        return None   # "met defence minister, Kaja Roos and…" is a list, not a title
    while k < s - 2 and doc[k].lower_ in _DETERMINERS | {"of", "and", "for"}:
        k += 1
    return k, _text(doc)[doc[k].idx:doc[s - 2].idx + len(doc[s - 2].text)]


def _country(gaz: Gazetteer):
    def country_of(word: str) -> str | None:
        found = gaz.country_of(word)
        if found:
            return found
        entry = gaz.lookup([word])
        return entry.country if entry is not None and entry.type == "GPE" and \
            entry.canonical == entry.country else None
    return country_of


def _add_role(m: Mention, role: str, gaz: Gazetteer) -> None:
    """Give a person a role, tidied; one that tidies to nothing ("Mr.") is none."""
    if role_text := normalize_role(role, _country(gaz)):
        m.roles.append(role_text)

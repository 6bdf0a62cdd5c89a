"""Quantities: numbers with their qualifier, unit or currency, and the noun they count.

Each quantity is {"text", "start", "end", "value", "unit", "qualifier", "max", "vague",
"noun_start", "noun_end"}:

- `text` covers qualifier + number + unit or currency ("more than 800", "$2bn", "2,400
  kilometres"); the counted noun is not in it but has its own span (`noun_start`/`noun_end`).
- `value` is an int when whole, else a float; scales are applied ("1.5 million" -> 1500000,
  "$2bn" -> 2000000000).
- `unit`: a short unit ("km", "mi", "m", "t", "kg", "ha", "%", "pp" ...), an ISO 4217 code for
  money ("USD", "EUR", "GBP", "UAH", "RUB" ...), else the counted noun singularised
  ("drones" -> "drone", "people" -> "person", "countries" -> "country"), else None.
- `qualifier`: the lower-cased words before the number ("more than", "at least", "about",
  "nearly", "up to" ...); "or more" after it reads "at least", "-plus" reads "more than",
  "between ... and" reads "between".
- ranges ("10 to 15", "10-15", "two or three", "between 10 and 15"): `value` is the low end and
  `max` the high end (`max` is None otherwise).
- vague amounts ("dozens of", "hundreds of", "tens of thousands of", "scores of", "thousands
  fled", "several hundred", "a few dozen") give a lower bound as `value` (dozens -> 24, hundreds
  -> 200, several hundred -> 300, a few thousand -> 2000 ...), qualifier "at least", and `vague`
  True; "a handful of" has `value` None.
- shares ("half of", "two-thirds of the vote", "by a fifth", "one in three children") have the
  fraction as `value` and unit "fraction"; multipliers ("ten times", "fivefold") unit "times";
  "magnitude 6.2" unit "magnitude"; "40C" unit "°C".
- a count of people whose noun is left out gets unit "person": after a verb of harm or a death
  toll ("killed 12", "the toll rose to 45"), before "others" or a participle of harm ("30 injured");
  a part counts what its whole counts ("two of the four berths"); "aged 45" is years.

Not quantities: scores and tallies ("won 3-1", "passed 215-212"), years, dates and clock times
(anything `find_dates` finds), ordinals ("79th"),
phone numbers, citation marks ("[22]"), and numbers that are part of a name: glued to letters
("G7", "F-16", "Su-34", "COVID-19") or right after a capitalised word that is not a function
word ("Section 214", "Boeing 737", "Article 5"). "one" counts only when a noun follows it.
"""

from __future__ import annotations

import re

from ..clean.lexicon import STOPWORDS
from .dates import find_dates
from .lexicon_dates import ORDINAL_WORDS
from .lexicon_numbers import (CURRENCY_ABBR, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, SCALE_ABBR, SCALES, UNITS,
                              words_to_number)

__all__ = ["find_quantities"]

_QUALIFIERS = sorted("""more than|over|at least|about|around|nearly|almost|up to|some|approximately|roughly|
fewer than|less than|under|as many as|as few as|as much as|as high as|as low as|an estimated|estimated|close to|well over|just over|
just under|upwards of|in excess of|no fewer than|no more than|at most|at least another|another|a further|
an additional|only|just|barely|exactly|precisely|below|above|a total of|a record|a maximum of|a minimum of|
approx\\.|c\\.|~|roughly""".replace("\n", "").split("|"), key=len, reverse=True)
_QUAL_RE = re.compile(r"(?i:\b(?:" + "|".join(q.replace(" ", r"\s+") for q in _QUALIFIERS if q[0].isalpha())
                      + r")|~)\s*$")
_CUR_SYM = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_CODES = "|".join(sorted(CURRENCY_CODES))
_UNIT_KEYS = sorted((k for k in UNITS if len(k) > 1 or k == "%"), key=len, reverse=True)
_UNIT_RE = re.compile(r"(?:\s*-\s*|\s*)(?P<u>" + "|".join(
    re.escape(k).replace(r"\ ", r"\s+") + ("" if k[-1] in "%²" else r"(?![\w])") for k in _UNIT_KEYS)
    + r")", re.I)
_CUR_WORD_RE = re.compile(r"\s+(?P<c>" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(
    CURRENCY_WORDS, key=len, reverse=True)) + r"|" + _CODES + r")\b", re.I)
_SMALL = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
         r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
          "billions": 2_000_000_000, "tens of thousands": 20_000, "hundreds of thousands": 200_000,
          "tens of millions": 20_000_000, "hundreds of millions": 200_000_000, "a handful": None}

# a share's denominator: "half", "quarter" and the ordinals "third" to "tenth", singular or plural
_FRACTIONS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4,
              **{w + s: n for w, n in ORDINAL_WORDS.items() if 3 <= n <= 10 for s in ("", "s")}}
_FRAC_WORDS = "|".join(sorted((k for k in _FRACTIONS if k not in ("half", "halves")), key=len, reverse=True))
_CORE = re.compile(
    r"(?P<vague>(?i:\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|(?:several|a\s+few)\s+(?:dozen|hundred|"
    r"thousand|million|billion)|dozens|hundreds|thousands|millions|billions)\b"
    r"|\b(?:scores|a\s+handful)(?=\s+of\b)))"
    # a share: "half of", "two-thirds of the vote", "by a fifth"; "one in three children"
    rf"|(?P<frac>(?i:\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:{_FRAC_WORDS})|half)))"
    r"(?=\s+(?:of|the|its|their|all)\b|\s*[.,;])"
    rf"|(?P<ratio>(?i:\b(?P<ra>{_SMALL}|\d{{1,3}})\s+(?:in|out\s+of)\s+(?P<rb>{_SMALL}|\d{{1,3}}(?:,\d{{3}})?)))\b(?![.,]\d)"
    r"|(?P<fold>(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold))\b"
    r"|(?P<half>(?i:\bhalf(?:\s+a\s+|[\s-])(?:million|billion)))\b"
    r"|(?P<dozen>(?i:\b(?:a|one|two|three|half\s+a)\s+dozen))\b"
    rf"|(?P<cur>(?i:{_CUR_SYM})\s?|\b(?:{_CODES}|Rs\.?)\s?)?(?<![\w.,/-])(?P<num>{_DIGITS})"
    r"(?P<glue>%|pc|bn|mn|mln|bln|tn|m|k|km|kg|mm|cm|ha|mph|kph|MW|GW|kW|°C|°F|C|F)?(?![\w]|[.,/]\d)"
    rf"|(?P<words>(?i:\b(?:{_SMALL}(?:[- ]{_SMALL})?|an?)(?:\s+(?:hundred|thousand|million|billion|trillion)"
    rf"(?:\s+(?:and\s+)?{_SMALL}(?:[- ]{_SMALL})?)?)*))\b")
_SCALE_RE = re.compile(r"\s*(?P<s>thousand|lakh|million|crore|billion|trillion|bn|mn|mln|bln|tn)\b|(?P<m>\s?m|\s?k)\b",
                       re.I)
_RANGE_RE = re.compile(rf"\s*(?P<sep>-|–|—|to|or|and)\s*(?P<cur>{_CUR_SYM})?(?P<num>{_DIGITS}|(?i:{_SMALL}(?:[- ]{_SMALL})?))"
                       r"(?:(?=(?:bn|mn|mln|bln|tn|m|k)\b)|(?![\w]|[.,]\d))")  # "£1.2bn-£1.5bn", "$10-15m"
_POST_QUAL = re.compile(r"(?:\s+or\s+more\b|-?\s?plus\b|\s+or\s+so\b)", re.I)
_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")
_PHONE = re.compile(r"(?<![\w])\+?\(?\d{1,4}\)?(?:[\s.-]\d{2,4}){2,}(?![\w])")
_CITE = re.compile(r"\[\d+\]")
_NOUN_STOP = STOPWORDS | frozenset("""others other per each every were was is are be been being has have had will
would could can may might must should who whom which whose than then killed wounded injured died said says
including among across against more less most least percent times out up down""".split())
# A count of people with the noun left out: after a verb of harm or a death toll, or before "others"
# or a participle of harm ("killed 12", "the toll rose to 45", "30 injured", "12 others were hurt").
_CASUALTY_BEFORE = re.compile(r"(?i:\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|hurt(?:ing)?|"
                              r"arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|rescu(?:ed|ing|es)|evacuat(?:ed|ing|es)|"
                              r"toll\s+(?:rose|climbed|jumped|stood|stands|reached|hit|is|was|has\s+risen)(?:\s+to|\s+at)?))"
                              r"\s+$")
_CASUALTY_AFTER = re.compile(r"\s+(?:more\s+)?(?:others?\b|(?:(?:were|are|have\s+been|had\s+been)\s+)?(?:injured|wounded|hurt|"
                             r"missing|killed|dead|detained|arrested|captured)\b)", re.I)
_PART_OF = re.compile(r"\s+of\s+(?:the|these|those|its|their|his|her|our|all)\s+", re.I)
_MODIFIERS = frozenset("more additional other new further extra".split())
_INVARIANT = {"people": "person", "children": "child", "men": "man", "women": "woman", "police": "police",
              "personnel": "personnel", "staff": "staff", "cattle": "cattle", "aircraft": "aircraft",
              "sheep": "sheep", "fish": "fish", "deer": "deer", "livestock": "livestock", "feet": "foot",
              "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
              "knives": "knife", "thieves": "thief", "buses": "bus", "series": "series", "species": "species",
              "crises": "crisis", "analyses": "analysis", "troops": "troop", "data": "data", "media": "media",
              "militia": "militia", "civilians": "civilian", "hostages": "hostage"}
_NOT_PLURAL = frozenset("was has is as this its his us thus plus across always unless yes less news gas "
                        "status bus chaos bias atlas campus virus census lens process press class glass "
                        "kiss boss loss mass access success congress business address stress".split())


def _singular(word: str) -> str | None:
    """The singular of a plural noun, or None when the word does not look plural."""
    low = word.lower()
    if low in _INVARIANT:
        return _INVARIANT[low]
    if low.endswith("men") and len(low) > 4 and low not in ("specimen", "abdomen"):
        return word[:-3] + "man"  # fishermen, servicemen
    if len(low) < 3 or not low.endswith("s") or low in _NOT_PLURAL or low.endswith(("ss", "us", "is", "'s", "’s")):
        return None
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def _to_number(s: str) -> float | None:
    s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        n = words_to_number(s)
        return float(n) if n is not None else None


def _clean(v: float | None) -> int | float | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else round(v, 6)


# Nouns after "one" in set phrases that count nothing.
_ONE_IDIOMS = frozenset("iota swoop fell point hand way thing sense respect another bit".split())
# Adjectives that stand between "one" and the noun it counts, and adjective endings.
_ADJECTIVES = frozenset("""senior junior top former young old single small large big major key local
foreign chief lone sole further main new only other""".split())
_ADJECTIVE_ENDINGS = ("ior", "al", "ian", "ese", "ish", "ic", "ive", "ous", "ful", "less", "able", "ible",
                      "ary", "ern", "ean")


def _adjective_like(low: str) -> bool:
    return low in _ADJECTIVES or low.endswith(_ADJECTIVE_ENDINGS)


def _noun(text: str, pos: int, singular_ok: bool) -> tuple[int, int, str] | None:
    """The counted noun in the few words after `pos`: the first plural, skipping modifiers;
    when a singular may do ("one"), the first word that does not look like an adjective."""
    first = None
    last_end = pos
    for i, m in enumerate(_WORD.finditer(text, pos)):
        if i >= 4 or m.start() != last_end:
            break  # the noun is in the words right after the number: not past a comma
        last_end = m.end()
        w = m.group(1).strip("-'’")
        low = w.lower()
        if not w or low in _NOUN_STOP and low not in _MODIFIERS:
            break
        if low in _MODIFIERS:
            continue
        nxt = _WORD.match(text, m.end())
        if w[0].isupper() and nxt and nxt.group(1).islower() and _singular(nxt.group(1)):
            continue  # a name before the noun: "31 Abrams tanks", "12 Patriot systems"
        sing = _singular(w)
        if sing:
            return m.start(1), m.start(1) + len(w), sing
        if singular_ok and not w.endswith(("ed", "ing")) and "-" not in w:
            first = (m.start(1), m.start(1) + len(w), w)
            if not _adjective_like(low):
                break   # "One ferry sank": the noun, then the verb
            # "one senior official", "one Russian drone": the noun comes after the adjective
        elif first is not None:
            break
        if m.end() < len(text) and text[m.end()] not in " -":
            break  # punctuation ends the noun phrase
    if singular_ok and first:
        return first
    return None


def find_quantities(text: str, dates: list[dict] | None = None) -> list[dict]:
    """Quantities in `text`, in order (see the module docstring for the fields).

    Args:
        text: the article text.
        dates: `find_dates(text, …)` when already found (the pipeline's dates component
            runs first); found here otherwise.

    Returns:
        One dict per quantity: {"text", "start", "end", "value", "unit", "qualifier", "max",
        "vague", "noun_start", "noun_end"}.
    """
    blocked = [(d["start"], d["end"]) for d in (find_dates(text) if dates is None else dates)]
    blocked += [m.span() for m in _PHONE.finditer(text) if sum(c.isdigit() for c in m.group()) >= 8]
    blocked += [m.span() for m in _CITE.finditer(text)]
    blocked.sort()
    out: list[dict] = []
    pos = 0
    for m in _CORE.finditer(text):
        if m.start() < pos:
            continue
        q = _read(text, m, blocked)
        if q:
            out.append(q)
            pos = q["end"]
    for q, nxt in zip(out, out[1:]):  # "5 of the 12 ships": the part counts what the whole counts
        if q["unit"] is None and nxt["noun_start"] is not None and _PART_OF.fullmatch(text, q["end"], nxt["start"]):
            q["unit"] = nxt["unit"]
    return out


def _blocked(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < b and a < e for s, e in spans)


def _read(text: str, m: re.Match[str], blocked: list[tuple[int, int]]) -> dict | None:
    """One quantity from a number match, with what surrounds it; None when it is no quantity."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    value: float | None
    vague = False
    qualifier = None
    unit = None
    maximum = None
    if _blocked(start, end, blocked):
        return None
    noun_from = None  # where the counted noun may start, when not right after `end`
    if g["vague"]:
        key = re.sub(r"\s+", " ", g["vague"].lower())
        few = re.match(r"(several|a few) (\w+)", key)
        # "several hundred" is at least 300 and "a few dozen" at least 24, as "hundreds" is at least 200
        value = (3 if few.group(1) == "several" else 2) * SCALES.get(few.group(2), 12) if few else _VAGUE[key]
        qualifier, vague = "at least", True
        end = m.start() + len(g["vague"])
        of = re.match(r"\s+of\b", text[end:end + 5])
        noun_from = end + (len(of.group()) if of else 0)
    elif g["frac"]:
        before = text[max(0, start - 12):start]
        if re.match(r"\s*[.,;]", text[end:end + 2]) and not re.search(r"\bby\s+$", before, re.I):
            return None  # "in the second half,", "the last three quarters.": a period, not a share
        if re.search(r"\b(?:the|first|second|other|better|latter|former)\s+$|\band\s+an?\s+$", before, re.I):
            return None  # "the second half of the match", "one and a half"
        words = re.split(r"[\s-]+", g["frac"].lower())
        value = 1 / _FRACTIONS[words[-1]] * (words_to_number(words[0]) or 1 if len(words) > 1 else 1)
        unit = "fraction"
    elif g["ratio"]:
        a, b = _to_number(g["ra"]), _to_number(g["rb"])
        if not a or not b or a >= b:
            return None
        value, unit = a / b, "fraction"
    elif g["fold"]:
        w = g["fold"].lower()[:-4]
        value, unit = float(words_to_number(w) or words_to_number("one " + w) or 0), "times"  # "a hundredfold"
    elif g["half"]:
        value = 500_000.0 if "million" in g["half"].lower() else 500_000_000.0
    elif g["dozen"]:
        head = g["dozen"].lower().split()[0]
        value = 6.0 if head == "half" else 12.0 * (words_to_number(head) or 1)
    elif g["words"]:
        w = g["words"].lower()
        if w in ("a", "an"):
            return None
        n = words_to_number(w)
        if n is None:
            return None
        if n == 1 and re.search(r"\b(?:no|any|every|each|some|the|this|that|which|another)\s+$",
                                text[max(0, start - 10):start], re.I):
            return None  # "no one", "the one"
        value = float(n)
    else:
        value = _to_number(g["num"])
        if value is None:
            return None
        before = text[max(0, start - 25):start]
        # a number right after a capitalised non-function word is part of a name: "Section 214"
        prev = re.search(r"([A-Z][\w'’.-]*)\s$", before)
        if prev and prev.group(1).lower() not in STOPWORDS and not _QUAL_RE.search(before) \
                and not prev.group(1).endswith(("'s", "’s")) and not g["cur"]:
            return None
        if re.search(r"(?:No\.|#|№)\s*$", before):
            return None
        if re.search(r"(?:^|\n)[ \t]*$", before) and re.match(r"[.)]\s", text[end:end + 2]):
            return None  # "1. EU ministers head to Brussels": a list's item number
        if g["cur"]:
            code = g["cur"].strip()
            unit = CURRENCY_SYMBOLS.get(code.lower()) or CURRENCY_ABBR.get(code.lower()) or code.upper()
        glue = g["glue"]
        if glue:
            low = glue.lower()
            if low == "pc":
                unit = "%"  # "a 5pc rise"
            elif low in ("bn", "mn", "mln", "bln", "tn", "k") or (low == "m" and unit in CURRENCY_CODES | set(
                    CURRENCY_SYMBOLS.values())):
                value *= SCALE_ABBR[low]
            elif low == "m" and _noun(text, end, False):
                value *= 1_000_000  # "5m people"
            else:
                unit = UNITS.get(low, glue)
        else:
            s = _SCALE_RE.match(text, end)
            if s and s.group("s"):
                value *= SCALE_ABBR.get(s.group("s").lower(), SCALES.get(s.group("s").lower(), 1))
                end = s.end()
            elif s and s.group("m") and unit:
                value *= SCALE_ABBR[s.group("m").strip().lower()]
                end = s.end()
    if not g["vague"] and not g["num"]:
        s = _SCALE_RE.match(text, end)
        if s and s.group("s") and s.group("s").lower() in SCALES:
            value = (value or 0) * SCALES[s.group("s").lower()]
            end = s.end()
    # ranges: "10 to 15", "10-15", "two or three", "$10-15bn"
    r = _RANGE_RE.match(text, end) if not vague and not g["frac"] and not g["ratio"] else None
    if r and r.group("sep") in "-–" and g["num"] and not g["cur"] and not g["glue"] and "." not in g["num"] \
            and re.fullmatch(r"\d+", r.group("num")) and int(r.group("num")) <= value:
        return None  # a score or a tally: "won 3-1", "passed 215-212"
    if r and r.group("cur") and not g["cur"]:
        r = None  # "rose 5% to $120": a change, not a range
    if r and not re.search(r"\bfrom\s+(?:\S+\s+)?$", text[max(0, start - 20):start], re.I):
        hi = _to_number(r.group("num"))
        if hi is not None and value is not None and not _blocked(r.start("num"), r.end(), blocked):
            s = _SCALE_RE.match(text, r.end())
            rend = r.end()
            word = s and (s.group("s") or (s.group("m") if g["cur"] and not g["glue"] else None))
            if word:
                scale = SCALE_ABBR.get(word.strip().lower(), SCALES.get(word.strip().lower(), 1))
                hi *= scale
                if value < hi / scale and value * scale <= hi:
                    value *= scale  # "10-15 million": the scale applies to both ends
                rend = s.end()
            between = re.search(r"\bbetween\s+(?:\S+\s+)?$", text[max(0, start - 25):start], re.I)
            if g["glue"] and text.startswith(g["glue"], rend):
                rend += len(g["glue"])  # "3.5%-4%"
            if hi > value and (r.group("sep") != "and" or between):
                maximum, end = hi, rend
    # before: qualifier, "between"
    before = text[max(0, start - 30):start]
    qm = _QUAL_RE.search(before)
    if maximum is not None and re.search(r"\bbetween\s+$", before, re.I):
        qm = re.search(r"\bbetween\s+$", before, re.I)
    if qm and not vague:
        qualifier = re.sub(r"\s+", " ", qm.group().strip().lower())
        start = start - (len(before) - qm.start())
    # after: unit, currency word, post-qualifier
    if unit is None and not vague:
        u = _UNIT_RE.match(text, end)
        if u and (u.group("u").lower() not in ("m", "mi", "ha", "t", "pc", "ft") or u.start("u") == end
                  or text[end] == " "):
            key = re.sub(r"\s+", " ", u.group("u").lower())
            unit, end = UNITS.get(key, key), u.end()
        else:
            c = _CUR_WORD_RE.match(text, end)
            if c:
                key = re.sub(r"\s+", " ", c.group("c").lower())
                unit, end = CURRENCY_WORDS.get(key) or c.group("c").upper(), c.end()
    p = _POST_QUAL.match(text, end)
    if p and qualifier is None:
        qualifier = {"or more": "at least", "or so": "about"}.get(re.sub(r"\s+", " ", p.group().strip(" -").lower()),
                                                                "more than")
        end = p.end()
    noun = None
    compound = re.match(r"-([a-z]+)\b", text[end:end + 20]) if unit is None and not vague else None
    if compound and compound.group(1) in STOPWORDS:
        compound = None
    if compound and compound.group(1) in ("strong", "odd", "member"):
        # "a 5,000-strong force" counts its members, "300-odd people" is about 300
        if compound.group(1) == "odd" and qualifier is None:
            qualifier = "about"
        end, noun_from, compound = end + 1 + len(compound.group(1)), end + 1 + len(compound.group(1)), None
    if compound:  # "a five-step plan", "a 10-year-old": the unit is the word after the hyphen
        word = compound.group(1)
        noun = (end + 1, end + 1 + len(word), _singular(word) or word)
        unit = noun[2]
    if unit is None:
        noun = _noun(text, noun_from if noun_from is not None else end, value == 1 or bool(g["dozen"]))
        if noun and g["words"] and value == 1 and noun[2].lower() in _ONE_IDIOMS:
            return None   # "at one point", "not one iota", "in one fell swoop": no count
        if noun:
            unit = noun[2]
        elif g["words"] and value == 1:
            return None  # "one" alone is a pronoun more often than a count
        elif g["words"] and re.match(r"\s+of\b", text[end:end + 4]) and value == 1:
            return None
    if g["num"] and unit is None and qualifier is None and re.match(r"\s*(?:[ap]\.?m\.?\b|:)", text[end:end + 5]):
        return None
    if unit is None and re.search(r"\bmagnitude(?:\s+of)?\s*$", text[max(0, start - 15):start], re.I):
        unit = "magnitude"  # "a magnitude 6.2 quake", "a magnitude of 7.8"
    if unit is None and re.search(r"\baged\s+$", text[max(0, start - 10):start], re.I):
        unit = "year"  # "the man, aged 45," as "a 45-year-old"
    if unit is None and (_CASUALTY_BEFORE.search(text, max(0, start - 40), start)
                         or _CASUALTY_AFTER.match(text, end)):
        unit = "person"  # "the attack killed 12", "the death toll rose to 45", "30 were injured", "12 others"
    return {"text": text[start:end], "start": start, "end": end, "value": _clean(value), "unit": unit,
            "qualifier": qualifier, "max": _clean(maximum), "vague": vague,
            "noun_start": noun[0] if noun else None, "noun_end": noun[1] if noun else None}

"""Places that stand for sports teams in a match report.

A report of a match names the teams by their country or city: "Norway beat Chile
2 – 1", "Chile's coach said", "ten games for Leeds". There the name is the team, an
organisation, not the place; where the match is played stays a place ("at the stadium in
Sochi"). `sports_teams` retypes such mentions, and only in a text that reads as a match
report: several words of sport and a score. `fixtures` reads the two sides of a fixture
anywhere: "the Harwick v Eldon cricket match".
"""

from __future__ import annotations

import re

from .entity_tokens import Mention, _is_name_token

__all__ = ["fixtures", "sports_teams"]

# Words of sport specific enough that a few of them make a match report.
_SPORT_WORDS = frozenset("""match matches referee striker strikers goalkeeper goalkeepers midfielder defender
coach tournament league innings wicket wickets quarterback pitcher playoff playoffs penalty halftime
half-time scored goal goals cup inning homer touchdown semi-final quarter-final semifinal quarterfinal
equaliser equalizer""".split())
_MIN_SPORT_WORDS = 4
_SCORE = re.compile(r"\b\d{1,2} ?[–-] ?\d{1,2}\b")
# Verbs a team is the subject of, and words before a team as the other side or the one scored for.
_TEAM_VERBS = frozenset("""defeated beat beats defeats faced faces won wins lost loses drew draws played plays
led leads trailed opened started made scored scores winning losing leading had finished needed missed
equalised equalized""".split())
_BEFORE_TEAM = frozenset("defeated beat beating faced facing against for versus vs vs. v v. over awarded put putting".split())


def is_match_report(doc) -> bool:
    """Does the text read as a report of a match: a score and several words of sport?"""
    words = {t.lower_ for t in doc if t.is_alpha or "-" in t.text}
    return len(words & _SPORT_WORDS) >= _MIN_SPORT_WORDS and _SCORE.search(doc.text) is not None


def _score_at(doc, i: int) -> bool:
    """Do tokens i.. form a score ("1 – 0", "3-0")?"""
    return i < len(doc) and _SCORE.fullmatch(doc[i:min(len(doc), i + 3)].text) is not None or (
        i < len(doc) and _SCORE.fullmatch(doc[i].text) is not None)


def _score_before(doc, i: int) -> bool:
    """Does a score end right before token i ("3 – 0 Panama", "lost 1 – 2 to England")?"""
    for k in (i - 3, i - 4):
        if k >= 0 and _SCORE.fullmatch(doc[k:i].text.removesuffix(" to").strip()) is not None:
            return True
    return i >= 1 and _SCORE.fullmatch(doc[i - 1].text) is not None


def sports_teams(doc, taken) -> None:
    """In a match report, a place's mention in a team's role is the team (an ORG)."""
    if not any(m.type == "GPE" for _, m in taken.values()) or not is_match_report(doc):
        return
    n = len(doc)
    for ts, (te, m) in taken.items():
        if m.type != "GPE":
            continue
        nxt = doc[te].lower_ if te < n else ""
        prev = doc[ts - 1].lower_ if ts else ""
        if nxt in _TEAM_VERBS or nxt in ("'s", "’s") or prev in _BEFORE_TEAM \
                or _score_at(doc, te) or _score_before(doc, ts):
            m.type, m.canonical = "ORG", None


# "v", "vs" between two sides, and the words of a fixture after them: "the Harwick v Eldon cricket match".
_VERSUS = frozenset("v v. vs vs.".split())
_FIXTURE_WORDS = frozenset("match game final fixture derby clash".split())


def fixtures(doc, taken, owner) -> None:
    """The two sides of a fixture ("the Harwick v Eldon cricket match", "a Tarvo vs Kesk
    game") are teams, organisations, whatever the model took them for; a court case's two
    parties ("Biden v Nebraska") have no fixture word after them and stay as they are."""
    n = len(doc)
    for i in range(1, n - 2):
        if doc[i].lower_ not in _VERSUS:
            continue
        a, b = i - 1, i + 1
        if not (_is_name_token(doc[a]) and doc[a].is_alpha and _is_name_token(doc[b]) and doc[b].is_alpha) \
                or not any(t.lower_ in _FIXTURE_WORDS for t in doc[b + 1:b + 3]):
            continue
        for k in (a, b):
            if owner[k] is None:
                taken[k] = (k + 1, Mention(doc[k].idx, doc[k].idx + len(doc[k].text), "ORG", source="cue"))
                owner[k] = k
            elif owner[k] == k and taken[k][0] == k + 1:
                taken[k][1].type, taken[k][1].canonical = "ORG", None

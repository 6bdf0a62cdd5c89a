"""Word lists for date expressions: months, weekdays, seasons, time zones, tense cues."""

from __future__ import annotations

import re

MONTHS = {m: i for i, names in enumerate([
    (), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")]) for m in names}
# Month names that are also everyday words or given names: alone (no day, no year) they
# count as a month only after a cue word ("in May", "since March", "last June").
AMBIGUOUS_MONTHS = frozenset({"may", "march", "june", "august", "april", "jan", "mar", "jun", "aug", "sep"})
MONTH_CUE = re.compile(
    r"(?:\b(?:in|on|since|until|till|by|from|to|through|during|before|after|of|between|and|or|"
    r"early|mid|late|last|next|this|coming|past|end|start|beginning|middle|month|since\s+early)\s*|-)$", re.I)

WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

# Meteorological seasons (northern hemisphere): first and last month; winter runs into next year.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

# Fixed UTC offsets; zones without one (ET, "local time") keep the clock time unqualified.
TIMEZONES = {"gmt": "Z", "utc": "Z", "z": "Z", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
             "eet": "+02:00", "eest": "+03:00", "msk": "+03:00", "est": "-05:00", "edt": "-04:00",
             "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00",
             "pdt": "-07:00", "jst": "+09:00", "kst": "+09:00", "ist": "+05:30", "aest": "+10:00"}

# Future-tense cues in the same sentence send a bare weekday forward ("will meet on Sunday"). Besides
# "will" and "is due to", a present progressive or "is to" with a time names an arrangement ("is
# visiting Kyiv on Monday", "is to visit"), and so does a scheduled event in the simple present
# ("the trial begins Monday", "the law takes effect in January"): a past event would be told in
# the past tense. An -ing word after "is" that is an adjective or a noun ("is worrying", "is
# nothing") is no progressive.
_BE = r"(?:is|are|am|['’]re|['’]m)"
_NOT_PROGRESSIVE = (r"(?:nothing|something|anything|everything|king|thing|spring|during|morning|evening|string|"
                    r"interesting|surprising|amazing|worrying|disappointing|encouraging|alarming|concerning|"
                    r"shocking|exciting|devastating|troubling|missing|remaining|outstanding|ongoing|pending|"
                    r"willing|boring|confusing|misleading|promising|striking|staggering|overwhelming|"
                    r"fascinating|frightening|terrifying|damning|compelling|telling|lasting|existing|"
                    r"leading|ruling|governing|opposing|following|according|including)")
SCHEDULED = (r"(?:begins|opens|starts|ends|closes|resumes|reopens|kicks\s+off|takes\s+place|meets|convenes|"
             r"reconvenes|arrives|departs|travels|visits|hosts|plays|faces|launches|expires|lapses|"
             r"takes\s+effect|goes\s+into\s+effect|comes\s+into\s+force|premieres|airs|debuts|"
             r"go\s+to\s+the\s+polls)")
_DUE = r"(?:due|set|scheduled|expected|slated|going|planning|supposed)\s+to"
FUTURE_CUE = re.compile(
    rf"\b(?:will|won['’]t|shall|would(?!\s+(?:not\s+)?have\b)|(?:is|are|was|were|am)\s+{_DUE}|"
    r"plans?\s+to|planned\s+for|(?:set|slated|due)\s+for|look(?:s|ing)?\s+forward\s+to|scheduled\s+for|"
    r"to\s+be\s+held|upcoming|later\s+this|"
    rf"gonna|{SCHEDULED}|(?:is|are|am)\s+to\s+(?!blame\b|be\s+blamed\b)[a-z]+)\b|['’]ll\b|"
    rf"['’](?:m|re|s)\s+{_DUE}\b|"
    rf"\b{_BE}\s+(?:(?:also|still|now|not|already|currently|reportedly|finally|again|[a-z]+ly)\s+)?"
    rf"(?:being\s+[a-z]+(?:ed|en|wn|ld|lt|nt)\b|(?!{_NOT_PROGRESSIVE}\b)[a-z]{{2,}}ing\b)", re.I)

ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                 "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
                 **{f"{tens}-{w}": n + k for tens, n in (("twenty", 20), ("thirty", 30))
                    for w, k in (("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
                                 ("seventh", 7), ("eighth", 8), ("ninth", 9)) if n + k <= 31}}

# Named periods that news and features date things by ("the worst since World War II"), with the
# conventional first and last day (or year). Matched as written (proper names), "the" in either case.
NAMED_PERIODS = {
    "World War I": "1914-07-28/1918-11-11", "World War One": "1914-07-28/1918-11-11",
    "the First World War": "1914-07-28/1918-11-11", "the Great War": "1914-07-28/1918-11-11",
    "WWI": "1914-07-28/1918-11-11", "WW1": "1914-07-28/1918-11-11",
    "World War II": "1939-09-01/1945-09-02", "World War Two": "1939-09-01/1945-09-02",
    "the Second World War": "1939-09-01/1945-09-02", "WWII": "1939-09-01/1945-09-02",
    "WW2": "1939-09-01/1945-09-02",
    "the Great Depression": "1929/1939", "the Cold War": "1947/1991",
    "the Korean War": "1950-06-25/1953-07-27", "the Vietnam War": "1955-11-01/1975-04-30",
    "the Gulf War": "1990-08-02/1991-02-28", "the Crusades": "1095/1291",
    "the Middle Ages": "0500/1499", "9/11": "2001-09-11",
}

# Superlatives and "first time" before "in 20 years": a span up to now ("the worst drought in 20
# years"), not a point 20 years ahead.
SPAN_CUE = re.compile(
    r"\b(?:(?:first|last|only)\s+time|first|most|least|highest|lowest|worst|best|biggest|largest|smallest|"
    r"greatest|strongest|weakest|deadliest|fastest|slowest|hottest|coldest|wettest|driest|warmest|heaviest|"
    r"longest|shortest|never|not)\b|n['’]t\b", re.I)

# Holidays as written, with their month-day; None for movable ones (Easter, Good Friday, US
# Thanksgiving, Black Friday), which are computed.
HOLIDAYS = {"Christmas": (12, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Boxing Day": (12, 26),
            "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Halloween": (10, 31),
            "Valentine's Day": (2, 14), "St Patrick's Day": (3, 17), "St. Patrick's Day": (3, 17),
            "the Fourth of July": (7, 4), "Fourth of July": (7, 4),
            "Easter": None, "Easter Sunday": None, "Easter Monday": None, "Good Friday": None,
            "Ash Wednesday": None, "Shrove Tuesday": None, "Palm Sunday": None, "Maundy Thursday": None,
            "Holy Saturday": None, "Thanksgiving": None, "Thanksgiving Day": None, "Black Friday": None,
            "Cyber Monday": None}
# Days of the movable holidays counted from Easter Sunday, or from US Thanksgiving (the fourth Thursday of November).
FROM_EASTER = {"good friday": -2, "easter monday": 1, "ash wednesday": -46, "shrove tuesday": -47, "palm sunday": -7,
               "maundy thursday": -3, "holy saturday": -1}
FROM_THANKSGIVING = {"black friday": 1, "cyber monday": 4}
# Nouns after a holiday name that make it a thing, not a day ("Christmas tree", "Easter Island").
HOLIDAY_THING = re.compile(
    r"\s+(?:tree|card|carol|market|light|decoration|present|gift|ornament|sweater|jumper|song|music|movie|film|"
    r"special|egg|bunny|island|costume|candy|stocking|cake|pudding|spirit|story|stories|miracle)s?\b", re.I)

# Decades named by an epithet: "the Roaring Twenties" are the 1920s whenever they are written about.
DECADE_EPITHETS = {"roaring": 1920, "swinging": 1960}
DECADE_WORDS = {"noughties": 0, "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}

# Past-tense cues: "was a guest this weekend" (on a Tuesday) is the weekend just gone. A participle
# after "is", "are" or "be" is a present passive ("the vote is held on Friday"), not a past.
PAST_CUE = re.compile(
    r"(?<!\bis\s)(?<!\bam\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!['’]s\s)(?<!['’]re\s)(?<!['’]m\s)"
    r"(?:\b(?:was|were|had|did|went|came|took|made|gave|began|became|spent|left|saw|got|found|told|said|held|met|"
    r"won|lost|rose|fell|ran|drew|hit|struck|broke|shot|led|sent|stood|knew|thought|brought|bought|caught|fought|"
    r"wrote|spoke|chose|flew|froze|paid|sold|built|felt|kept|meant|sank|fled|hid|lay|sat|slid|spread|woke|"
    r"withdrew|grew|threw|blew|drove|rode|wore|tore|swore|sang|rang|swam|forgot|understood|overtook|undertook|"
    r"shook|arose|slept|swept|wept|dealt|stuck|dug|hung|swung|sought|taught|lent|withheld|upheld|overcame|"
    r"drank|ate|stole|sprang|shrank|burnt|quit)\b(?!['’]\w)|"
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\btheir\s)"
    r"\b(?!(?:hundred|need|indeed|speed|seed|feed|proceed|succeed|exceed)\b)(?-i:[a-z]{2,}ed)\b)", re.I)

# A present perfect before "for 20 years" makes it a span up to now ("has ruled for 20 years"); a
# sentence, a ban or a contract runs from then on ("has been jailed for 20 years", "signed for two years").
PERFECT = re.compile(r"\b(?:has|have|hasn['’]t|haven['’]t|['’]ve)\b", re.I)
TERM_VERB = re.compile(r"\b(?:jailed|sentenced|imprisoned|banned|suspended|barred|fined|given|handed|awarded|granted|"
                       r"extended|renewed|signed|approved|agreed|hired|appointed|elected|leased|contracted|locked|"
                       r"committed|pledged|promised|postponed|delayed|deferred)\b", re.I)

# Context cues for telling a date from a number or a name.
PLURALISH = re.compile(r"\s+(?!(?:was|has|is|as|this|its|his|us|thus|plus|across|always|unless|onwards|"
                       r"afterwards|towards|'s)\b)"
                       r"([a-z][a-z-]*[a-rt-z]s|[a-z]+ss?e?s|people|troops|km|kg|miles|metres|meters|tonnes|"
                       r"per|percent|hectares|feet|[a-z]*children|men|women|personnel)\b")
# Before a number: a count ("more than 2000"), a reference ("Section 2001"), or a designator of a
# flight, road, vehicle, room or page ("Flight 2031", "Route 1966", "Room 1998").
NOT_YEAR_BEFORE = re.compile(r"(?:\b(?:than|least|nearly|almost|approximately|roughly|some|No\.?|number|"
                             r"about|over|under|top|just|pp?\.|Rule|Section|Article|Chapter|Vol\.|H\.\s*R\.|"
                             r"flight|route|highway|interstate|gate|bus|train|room|apartment|apt\.?|suite|platform|"
                             r"pages?|exit|pier|ward|seat|terminal|tel\.?|phone|ext\.?)|[#$€£§:])\s*$",
                             re.I)
# After a number: a street ("1355 Inwood Terrace"), "1000+", "a 2000-year-old tradition".
NOT_YEAR_AFTER = re.compile(r"\s*\+|[\s-]+years?[\s-]+old\b|\s+(?:[A-Z][a-z]+\s+)+(?:Street|St|Avenue|Ave|Road|Rd|"
                            r"Terrace|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct)\b")
YEAR_CUE = re.compile(r"(?:\b(?:in|since|of|from|by|until|till|to|between|and|before|after|during|around|circa|"
                      r"c\.|year|early|mid|late|the|spring|summer|autumn|fall|winter|AD|his|her|their|its|our|my|your|or|this|that)|"
                      r"['’]s|,|\()\s*$",
                      re.I)
ERA_MARK = re.compile(r"\d\s*(?:(?P<bc>BCE|BC|B\.C\.)|AD|CE|A\.D\.)(?![A-Za-z])|\b(?:AD|A\.D\.)\s+\d|"
                      r"(?P<bcc>century\s+(?:BCE|BC))\b")
OLD_CENTURY = re.compile(r"\b(?:[1-9](?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                         r"tenth)[\s-]+century\b", re.I)
BUSINESS = re.compile(r"\b(?:shares?|profits?|revenues?|sales|earnings|growth|GDP|economy|output|percent|billion|"
                      r"million|results|inflation|fiscal|quarterly|company|firm|bank|exports?|imports?|deficit)\b|%", re.I)
SPORT = re.compile(r"\b(?:points?|scored?|goals?|touchdowns?|game|match|half|period|minutes?|lead|trailed|innings?)\b",
                   re.I)
FUNCTION_WORD = re.compile(r"(?:The|A|An|On|By|At|For|In|Until|Till|Since|Before|After|From|Over|During|This|"
                           r"Last|Next|Every|Each|And|But|Or|So)$")
# Words that make a weekday part of a name ("Black Friday", "Super Tuesday", "Bloody Sunday", "the Good
# Friday Agreement", "the Mail on Sunday"), not a day of the week around the anchor.
NAMED_DAY = re.compile(r"\b(?:Black|Cyber|Super|Bloody|Good|Holy|Ash|Palm|Maundy|Shrove|Giving|Manic|Blue|Fat|"
                       r"Whit|Bowl|Mail\s+on)\s+$")
HABITUAL = re.compile(r"\b(?:every|each|a|any|one)\s+$", re.I)
NOT_CLOCK_AFTER = re.compile(r"(?:^|[^\w.])(?!(?:At|By|From|Until|Till|Since|Before|After|Around|About|Between|"
                             r"Today|Tonight|Tomorrow|Yesterday|Noon|Updated|Posted|Published|Edited|Deadline|Kickoff)\s)([A-Z][a-z]+)\s+$")

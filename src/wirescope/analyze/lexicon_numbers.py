"""Word lists for numbers, units and currencies, shared by `dates` and `quantities`."""

from __future__ import annotations

import re

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000,
          "billion": 1_000_000_000, "trillion": 1_000_000_000_000}  # lakh and crore: Indian English
# Abbreviated scales glued to or after a figure: "$2bn", "€300m", "5k", "1.2 tn".
SCALE_ABBR = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
              "million": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
              "billion": 1_000_000_000, "tn": 1_000_000_000_000, "trillion": 1_000_000_000_000,
              "lakh": 100_000, "crore": 10_000_000}

_SMALL = "|".join(sorted(list(ONES) + list(TENS), key=len, reverse=True))
# "thirteen", "twenty-five", "two hundred and fifty", "one million", "a dozen"
NUMBER_WORDS = (
    rf"(?:(?:{_SMALL})(?:[- ](?:{_SMALL}))?|an?)"
    rf"(?:\s+(?:hundred|thousand|million|billion|trillion)"
    rf"(?:\s+(?:and\s+)?(?:{_SMALL})(?:[- ](?:{_SMALL}))?)?)*"
)
_WORD = re.compile(r"[a-z]+")


def words_to_number(phrase: str) -> int | None:
    """The integer a phrase of number words names ("two hundred and fifty" -> 250), else None."""
    total, current, seen = 0, 0, False
    for w in _WORD.findall(phrase.lower()):
        if w == "and":
            continue
        if w in ("a", "an"):
            current, seen = max(current, 1), True
        elif w in ONES:
            current, seen = current + ONES[w], True
        elif w in TENS:
            current, seen = current + TENS[w], True
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in SCALES:
            total += max(current, 1) * SCALES[w]
            current = 0
        else:
            return None
    return total + current if seen else None


# Measurement units, normalised to short forms. Keys are lower-case surface forms.
UNITS = {
    **dict.fromkeys(["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"], "km"),
    **dict.fromkeys(["mile", "miles", "mi"], "mi"),
    **dict.fromkeys(["metre", "metres", "meter", "meters"], "m"),
    **dict.fromkeys(["cm", "centimetre", "centimetres", "centimeter", "centimeters"], "cm"),
    **dict.fromkeys(["mm", "millimetre", "millimetres", "millimeter", "millimeters"], "mm"),
    **dict.fromkeys(["ft", "foot", "feet"], "ft"),
    **dict.fromkeys(["inch", "inches"], "in"),
    **dict.fromkeys(["yard", "yards"], "yd"),
    **dict.fromkeys(["nautical mile", "nautical miles"], "nmi"),
    **dict.fromkeys(["sq km", "square kilometres", "square kilometers", "km2", "km²"], "km2"),
    **dict.fromkeys(["square miles", "square mile", "sq mi"], "mi2"),
    **dict.fromkeys(["hectare", "hectares", "ha"], "ha"),
    **dict.fromkeys(["acre", "acres"], "acre"),
    **dict.fromkeys(["tonne", "tonnes", "ton", "tons", "metric tons", "metric tonnes"], "t"),
    **dict.fromkeys(["kg", "kilogram", "kilograms", "kilogrammes", "kilo", "kilos"], "kg"),
    **dict.fromkeys(["gram", "grams", "grammes"], "g"),
    **dict.fromkeys(["lb", "lbs", "pound", "pounds"], "lb"),
    **dict.fromkeys(["litre", "litres", "liter", "liters"], "l"),
    **dict.fromkeys(["barrel", "barrels"], "bbl"),
    **dict.fromkeys(["cubic metres", "cubic meters", "bcm"], "m3"),
    **dict.fromkeys(["km/h", "kph", "kilometres per hour", "kilometers per hour"], "km/h"),
    **dict.fromkeys(["mph", "miles per hour"], "mph"),
    **dict.fromkeys(["knot", "knots"], "kn"),
    **dict.fromkeys(["mw", "megawatt", "megawatts"], "MW"),
    **dict.fromkeys(["gw", "gigawatt", "gigawatts"], "GW"),
    **dict.fromkeys(["kw", "kilowatt", "kilowatts"], "kW"),
    **dict.fromkeys(["kwh"], "kWh"), **dict.fromkeys(["mwh"], "MWh"), **dict.fromkeys(["gwh"], "GWh"),
    **dict.fromkeys(["%", "percent", "per cent", "pc", "per-cent"], "%"),
    **dict.fromkeys(["percentage point", "percentage points"], "pp"),
    **dict.fromkeys(["basis point", "basis points"], "bp"),
    **dict.fromkeys(["degrees celsius", "°c", "degrees c", "c"], "°C"),  # "c" and "f" glued only: "40C"
    **dict.fromkeys(["degrees fahrenheit", "°f", "degrees f", "f"], "°F"),
    **dict.fromkeys(["times", "fold"], "times"),  # "ten times higher", "a 10-fold rise"
    **dict.fromkeys(["magnitude"], "magnitude"),  # "a 7.8 magnitude quake"
}

# Currency symbols (before the figure) and words / codes (before or after it) -> ISO 4217.
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "usd$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
                    "ca$": "CAD", "hk$": "HKD", "nz$": "NZD", "€": "EUR", "£": "GBP", "¥": "JPY",
                    "₴": "UAH", "₽": "RUB", "₹": "INR", "₩": "KRW", "₺": "TRY", "₪": "ILS", "zł": "PLN",
                    "nt$": "TWD", "s$": "SGD", "r$": "BRL", "mx$": "MXN"}
# Abbreviations written like a word before the figure ("Rs 500 crore"): matched as whole words.
CURRENCY_ABBR = {"rs": "INR", "rs.": "INR"}
CURRENCY_WORDS = {
    **dict.fromkeys(["dollar", "dollars", "us dollars", "u.s. dollars"], "USD"),
    **dict.fromkeys(["euro", "euros"], "EUR"),
    **dict.fromkeys(["pounds sterling", "sterling"], "GBP"),
    **dict.fromkeys(["hryvnia", "hryvnias", "hryvnas", "hryvnia's"], "UAH"),
    **dict.fromkeys(["rouble", "roubles", "ruble", "rubles"], "RUB"),
    **dict.fromkeys(["yuan", "renminbi"], "CNY"),
    **dict.fromkeys(["yen"], "JPY"),
    **dict.fromkeys(["rupee", "rupees"], "INR"),
    **dict.fromkeys(["swiss francs"], "CHF"),
    **dict.fromkeys(["zloty", "zlotys"], "PLN"),
    **dict.fromkeys(["lira", "liras", "lire"], "TRY"),
    **dict.fromkeys(["shekel", "shekels"], "ILS"),
}
CURRENCY_CODES = frozenset("USD EUR GBP UAH RUB CNY JPY INR CHF PLN TRY ILS CAD AUD HKD NZD SEK NOK DKK "
                           "CZK HUF RON BGN KRW BRL MXN ZAR SAR AED IRR TWD SGD".split())

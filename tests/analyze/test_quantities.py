"""Quantities: numbers, qualifiers, units, currencies and counted nouns (fictional text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirescope.analyze.quantities import find_quantities


def _q(text: str) -> list[tuple]:
    return [(q["text"], q["value"], q["unit"], q["qualifier"]) for q in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    ("The navy launched more than 600 sea-skimming cruise missiles and 9 drones overnight.",
     [("more than 600", 600, "missile", "more than"), ("9", 9, "drone", None)]),
    ("At least 14 people were killed.", [("At least 14", 14, "person", "at least")]),
    ("Some 3,200 Carpathian villagers fled.", [("Some 3,200", 3200, "villager", "some")]),
    ("Nearly 40 western countries signed.", [("Nearly 40", 40, "country", "nearly")]),
    ("The pipeline runs 1,150 kilometres (715 miles) north.",
     [("1,150 kilometres", 1150, "km", None), ("715 miles", 715, "mi", None)]),
    ("Turnout was 61.5% and rose 3 percentage points.",
     [("61.5%", 61.5, "%", None), ("3 percentage points", 3, "pp", None)]),
    ("Unemployment hit 12 per cent.", [("12 per cent", 12, "%", None)]),
    ("The fund holds $4.2bn and €250 million.", [("$4.2bn", 4200000000, "USD", None),
                                                 ("€250 million", 250000000, "EUR", None)]),
    ("Fines of £30,000 were paid.", [("£30,000", 30000, "GBP", None)]),
    ("The budget adds UAH 12 billion and 900 million roubles.",
     [("UAH 12 billion", 12000000000, "UAH", None), ("900 million roubles", 900000000, "RUB", None)]),
    ("Floods covered 2,000 hectares and 1.5 million tonnes of grain rotted.",
     [("2,000 hectares", 2000, "ha", None), ("1.5 million tonnes", 1500000, "t", None)]),
    ("Thirteen fishermen and two hundred and fifty sailors were rescued.",
     [("Thirteen", 13, "fisherman", None), ("two hundred and fifty", 250, "sailor", None)]),
    ("A dozen trucks arrived.", [("A dozen", 12, "truck", None)]),
    ("One ferry sank; one of the crews survived.", [("One", 1, "ferry", None)]),
    ("One senior official said so.", [("One", 1, "official", None)]),
    ("Gunners hit one Russian drone.", [("one", 1, "drone", None)]),
    ("At one point Warsaw did not waver one iota.", []),
    ("The cabinet fell in one fell swoop.", []),
    ("Around 5m people voted.", [("Around 5m", 5000000, "person", "around")]),
    ("It was 20 to 25 kilometres away.", [("20 to 25 kilometres", 20, "km", None)]),
    ("Between 300 and 400 protesters gathered.", [("Between 300 and 400", 300, "protester", "between")]),
    ("Prices rose from 4% to 9%.", [("4%", 4, "%", None), ("9%", 9, "%", None)]),
    ("The 500-plus delegates met.", [("500-plus", 500, "delegate", "more than")]),
    ("It cost 80 or more lives.", [("80 or more", 80, "life", "at least")]),
    ("A five-day truce began.", [("five", 5, "day", None)]),
    ("Losses reached as high as US$ 3 billion.", [("as high as US$ 3 billion", 3000000000, "USD", "as high as")]),
    ("About 10 or 12 barges sank.", [("About 10 or 12", 10, "barge", "about")]),
    # vague amounts: lower bound, qualifier "at least"
    ("Dozens of boats and tens of thousands of residents left.",
     [("Dozens", 24, "boat", "at least"), ("tens of thousands", 20000, "resident", "at least")]),
    # money with currencies and scale words
    ("The bloc pledged €50 billion and Washington $61bn.",
     [("€50 billion", 50000000000, "EUR", None), ("$61bn", 61000000000, "USD", None)]),
    ("The firm lost 3.5 billion dollars and 500 million yuan.",
     [("3.5 billion dollars", 3500000000, "USD", None), ("500 million yuan", 500000000, "CNY", None)]),
    ("The fund is worth half a billion dollars.", [("half a billion dollars", 500000000, "USD", None)]),
    ("The bill is worth £1.2bn-£1.5bn; aid of $10-15m was pledged.",
     [("£1.2bn-£1.5bn", 1200000000, "GBP", None), ("$10-15m", 10000000, "USD", None)]),
    ("The project costs Rs 500 crore, the fine ₹2 lakh, the visa NT$3,000.",
     [("Rs 500 crore", 5000000000, "INR", None), ("₹2 lakh", 200000, "INR", None), ("NT$3,000", 3000, "TWD", None)]),
    ("Prices rose 5pc.", [("5pc", 5, "%", None)]),
    # casualties: the noun left out after a verb of harm, a death toll, or before "others" / "injured"
    ("At least 12 people were killed and 30 injured.",
     [("At least 12", 12, "person", "at least"), ("30", 30, "person", None)]),
    ("The blast killed 12, including three children; 40 others were hurt.",
     [("12", 12, "person", None), ("three", 3, "child", None), ("40", 40, "person", None)]),
    ("The death toll rose to 45.", [("45", 45, "person", None)]),
    ("Hundreds more were hurt.", [("Hundreds", 200, "person", "at least")]),
    ("The blast injured more than 50, officials said, and police arrested 23.",
     [("more than 50", 50, "person", "more than"), ("23", 23, "person", None)]),
    ("Smoke hangs over berth six. Ten days on, it burns.", [("six", 6, None, None), ("Ten", 10, "day", None)]),
    ("The pay rise was 3.5%-4%, a half-million people were told.",
     [("3.5%-4%", 3.5, "%", None), ("half-million", 500000, "person", None)]),
    # vague amounts with "several" and "a few": a lower bound
    ("Several dozen protesters and a few hundred troops stayed; several thousand people marched.",
     [("Several dozen", 36, "protester", "at least"), ("a few hundred", 200, "troop", "at least"),
      ("several thousand", 3000, "person", "at least")]),
    ("Hundreds of thousands fled.", [("Hundreds of thousands", 200000, None, "at least")]),
    # shares: fractions and "one in three"
    ("Half of the voters stayed home and two-thirds of the budget went to defence.",
     [("Half", 0.5, "fraction", None), ("two-thirds", 0.666667, "fraction", None)]),
    ("Exports fell by a fifth; three quarters of firms agreed.",
     [("a fifth", 0.2, "fraction", None), ("three quarters", 0.75, "fraction", None)]),
    ("One in three children is poor.", [("One in three", 0.333333, "fraction", None)]),
    ("In the second half, they scored; the other half of the crowd left.", []),
    ("He won five in 2029.", [("five", 5, None, None)]),
    # multipliers, magnitudes, temperatures, names before the noun, "-strong" and "-odd"
    ("Prices are ten times higher and output rose fivefold, costs a hundredfold.",
     [("ten times", 10, "times", None), ("fivefold", 5, "times", None), ("hundredfold", 100, "times", None)]),
    ("A magnitude 6.2 quake hit after a 7.1 magnitude one.",
     [("6.2", 6.2, "magnitude", None), ("7.1 magnitude", 7.1, "magnitude", None)]),
    ("Temperatures hit 40C.", [("40C", 40, "°C", None)]),
    ("Kyiv received 31 Abrams tanks.", [("31", 31, "tank", None)]),
    ("The 5,000-strong force met some 300-odd villagers.",
     [("5,000-strong", 5000, None, None), ("some 300-odd", 300, "villager", "some")]),
    ("The man, aged 45, fled; only 5 of the 12 ships returned.",
     [("45", 45, "year", None), ("only 5", 5, "ship", "only"), ("12", 12, "ship", None)]),
    ("Rates rose by 25 basis points; the desk is open 24/7.", [("25 basis points", 25, "bp", None)]),
    # a range needs one kind of amount: "rose 5% to $120" is a change
    ("Shares rose 5% to $120.", [("5%", 5, "%", None), ("$120", 120, "USD", None)]),
    # not quantities: scores and tallies
    ("The team won 3-1 and the bill passed 215-212.", []),
    # not quantities
    ("In 2029 the summit moved to Oct. 12 at 10:30.", []),
    ("The G7 sent F-16 and Su-34 parts under Section 333.", []),
    ("Call +371 6712 3456 for details [12].", []),
    ("The 41st session opened.", []),
    ("Most read\n1. EU ministers meet\n2) Ports reopen", []),
    ("No one came.", []),
])
def test_quantities_values(text, expected):
    assert _q(text) == expected


def test_quantities_range_in_millions_keeps_both_ends():
    (q,) = find_quantities("Between 3 and 5 million people fled.")
    assert (q["text"], q["value"], q["max"], q["unit"], q["qualifier"]) == (
        "Between 3 and 5 million", 3000000, 5000000, "person", "between")


def test_quantities_range_and_vague_fields():
    q = find_quantities("Between 300 and 400 protesters gathered, and dozens of police.")
    assert (q[0]["max"], q[0]["vague"]) == (400, False)
    assert (q[1]["value"], q[1]["vague"], q[1]["max"]) == (24, True, None)


def test_quantities_noun_span():
    text = "Crews cleared 45 burnt-out armoured vehicles."
    (q,) = find_quantities(text)
    assert text[q["noun_start"]:q["noun_end"]] == "vehicles" and q["unit"] == "vehicle"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.-%$€£–") + [
    "more than ", "about ", "dozens of ", "km", " million", "bn", "drones ", "people ", "two ", "hundred ",
    " and ", " to ", "between ", "Section ", "F-", "May ", "2024", "\n", "one "]) | st.text(max_size=5)).map("".join))
def test_quantities_property_spans_inside_text(text):
    for q in find_quantities(text):
        assert 0 <= q["start"] < q["end"] <= len(text)
        assert text[q["start"]:q["end"]] == q["text"]
        if q["noun_start"] is not None:
            assert 0 <= q["noun_start"] < q["noun_end"] <= len(text)


def test_quantities_reuse_the_dates_found_for_the_text():
    from wirescope.analyze.dates import find_dates
    text = "In 2024 the port handled 12 million tonnes, and on the 15th it loaded 40 ships."
    dates = find_dates(text, "2024-11-20")
    assert find_quantities(text, dates) == find_quantities(text)
    assert not any(q["text"] == "2024" for q in find_quantities(text, dates))

"""Canonical entities across articles: the alias table, lookups and profiles."""

import pytest

from storehelp import make_article
from wirescope.errors import QueryError
from wirescope.store.entities import entity_profile, find_entities, resolve_entity


def _ent(eid, name, typ, spans, roles=()):
    return {"id": eid, "name": name, "type": typ, "mentions": [list(s) for s in spans],
            "roles": list(roles)}


def _add(store, text, published, entities, outlet="Harbour Post"):
    art = make_article(text, source=f"/in/{published}-{outlet}.txt", published=published, outlet=outlet)
    art.entities = entities
    return store.add(art)


@pytest.fixture
def corpus(store):
    _add(store, "Ukrainian President Volodymyr Zelenskiy met Polish Prime Minister Donald Nowak in Kiev. "
                "Zelenskiy thanked Nowak.", "2024-10-01",
         [_ent("e1", "Volodymyr Zelenskiy", "PERSON", [(20, 39), (88, 97)], ["President of Ukraine"]),
          _ent("e2", "Donald Nowak", "PERSON", [(66, 78), (106, 111)], ["Prime Minister of Poland"]),
          _ent("e3", "Kyiv", "GPE", [(82, 86)])])
    _add(store, "President Volodymyr Zelensky called Donald Trump on Monday about air defence for Kyiv.",
         "2024-10-03",
         [_ent("e1", "Volodymyr Zelensky", "PERSON", [(10, 28)], ["President"]),
          _ent("e2", "Donald Trump", "PERSON", [(36, 48)]),
          _ent("e3", "Kyiv", "GPE", [(81, 85)])], outlet="Continental Ledger")
    _add(store, "Zelensky said the grain corridor would stay open, a claim Moscow disputed on Friday.",
         "2024-10-04",
         [_ent("e1", "Zelensky", "PERSON", [(0, 8)]), _ent("e2", "Moscow", "GPE", [(59, 65)])])
    return store


def test_store_entities_spelling_variants_are_one_entity(corpus):
    people = find_entities(corpus, type="PERSON")
    names = {p.name for p in people}
    assert len([n for n in names if n.startswith("Volodymyr")]) == 1
    zel = next(p for p in people if p.name.startswith("Volodymyr"))
    assert zel.articles == 3 and zel.mentions == 4
    assert {"Volodymyr Zelenskiy", "Volodymyr Zelensky", "Zelensky"} <= set(zel.aliases)


def test_store_entities_shared_first_name_stays_apart(corpus):
    names = {p.name for p in find_entities(corpus, "donald")}
    assert names == {"Donald Nowak", "Donald Trump"}


@pytest.mark.parametrize("query, name", [("Zelenskiy", "Volodymyr"), ("zelensky", "Volodymyr"),
                                         ("Kiev", "Kyiv"), ("Nowak", "Donald Nowak")])
def test_store_entities_resolve_any_spelling(corpus, query, name):
    assert resolve_entity(corpus, query)[0].name.startswith(name)


def test_store_entities_profile(corpus):
    profile = entity_profile(corpus, "Zelenskiy")
    assert [a["published"][:10] for a in profile.articles] == ["2024-10-04", "2024-10-03", "2024-10-01"]
    assert profile.per_day == [("2024-10-01", 2), ("2024-10-03", 1), ("2024-10-04", 1)]
    roles = {r["role"]: (r["first"], r["last"], r["articles"]) for r in profile.roles}
    # "President" on 10-03 is the same role as "President of Ukraine" on 10-01
    assert roles == {"President of Ukraine": ("2024-10-01", "2024-10-03", 2)}
    co = {c["name"]: c["articles"] for c in profile.co_mentions}
    assert co["Kyiv"] == 2 and co["Donald Nowak"] == 1 and co["Moscow"] == 1


def test_store_entities_unknown_name_is_a_clear_error(corpus):
    with pytest.raises(QueryError, match="wirescope entities"):
        entity_profile(corpus, "Nobody Atall")


def test_store_entities_readding_adds_nothing(corpus):
    before = [(r.name, r.mentions, r.articles) for r in find_entities(corpus)]
    _add(corpus, "Zelensky said the grain corridor would stay open, a claim Moscow disputed on Friday.",
         "2024-10-04", [_ent("e1", "Zelensky", "PERSON", [(0, 8)]), _ent("e2", "Moscow", "GPE", [(59, 65)])])
    assert [(r.name, r.mentions, r.articles) for r in find_entities(corpus)] == before



def test_store_entities_role_spellings_are_one_role(store):
    for day, role in (("2026-03-03", "Defence Minister"), ("2026-03-04", "Defense Minister"),
                      ("2026-03-05", "defence minister")):
        _add(store, f"The minister Kaja Roos spoke on {day}.", day,
             [_ent("e1", "Kaja Roos", "PERSON", [(13, 22)], [role])])
    roles = entity_profile(store, "Kaja Roos").roles
    assert roles == [{"role": "Defence Minister", "first": "2026-03-03", "last": "2026-03-05", "articles": 3}]


def test_store_entities_company_with_or_without_its_legal_suffix_is_one(store):
    _add(store, "Halden Corp opened a plant in Tallinn.", "2026-03-03",
         [_ent("e1", "Halden Corp", "ORG", [(0, 11)]), _ent("e2", "Tallinn", "GPE", [(30, 37)])])
    _add(store, "Halden said profits doubled.", "2026-03-04", [_ent("e1", "Halden", "ORG", [(0, 6)])])
    _add(store, "Halden Ltd. hired 40 engineers.", "2026-03-05", [_ent("e1", "Halden Ltd.", "ORG", [(0, 11)])])
    _add(store, "Halden Bay froze early.", "2026-03-06", [_ent("e1", "Halden Bay", "LOC", [(0, 10)])])
    halden = [e for e in find_entities(store, "halden") if e.type == "ORG"]
    assert len(halden) == 1 and halden[0].articles == 3
    assert any(e.name == "Halden Bay" and e.type == "LOC" for e in find_entities(store, "halden"))


def test_store_entities_british_american_spelling_and_country_demonym_are_one(store):
    _add(store, "Lorries queued at Vessa Harbour and Norway's Coastal Guard Service said so.", "2026-03-03",
         [_ent("e1", "Vessa Harbour", "FAC", [(18, 31)]),
          _ent("e2", "Norway Coastal Guard Service", "ORG", [(36, 66)])])
    _add(store, "Vessa Harbor reopened, the Norwegian Coastal Guard Service said.", "2026-03-04",
         [_ent("e1", "Vessa Harbor", "FAC", [(0, 12)]),
          _ent("e2", "Norwegian Coastal Guard Service", "ORG", [(27, 58)])])
    assert [e.articles for e in find_entities(store, "vessa") if e.type == "FAC"] == [2]
    assert [e.articles for e in find_entities(store, "coastal guard") if e.type == "ORG"] == [2]
    # a different word is a different place
    _add(store, "Vessa Bay froze early.", "2026-03-06", [_ent("e1", "Vessa Bay", "LOC", [(0, 9)])])
    assert len(find_entities(store, "vessa")) == 2

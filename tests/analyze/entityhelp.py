"""Shared helpers of the entity tests: a Doc tagged as a statistical model might have
tagged it, and the (text, type) of the mentions the rules make of it."""

from spacy.tokens import Span

from wirescope.analyze.entities import find_mentions


def model_doc(nlp, text, ents, at="first"):
    """`text` parsed by `nlp` with the model's entities set by hand: (words, label) per
    entity, on the words' first occurrence (`at="first"`), last ("last") or every one
    ("every")."""
    doc = nlp(text)
    spans = []
    for words, label in ents:
        n = len(words.split())
        found = [t.i for t in doc if " ".join(x.text for x in doc[t.i:t.i + n]) == words]
        chosen = found if at == "every" else [found[0] if at == "first" else found[-1]]
        spans += [Span(doc, i, i + n, label=label) for i in chosen]
    doc.ents = spans
    return doc


def typed(doc):
    """The (text, type) of every mention `find_mentions` makes of `doc`."""
    return {(doc.text[m.start:m.end], m.type) for m in find_mentions(doc)}

"""The language layer's pipeline components.

    analyze.language    detect the article's language; mark others skipped
    analyze.entities    spaCy pipeline + gazetteers + rules -> canonical entities
    analyze.quotes      direct, indirect and mixed quotes with speakers and cues
    analyze.dates       date expressions resolved against the publication date
    analyze.quantities  numbers with qualifier, unit and counted noun

The components after `analyze.language` leave an article alone when its
`skipped` is set, so a German article is stored with its reason rather than
annotated with English rules.
"""

from __future__ import annotations

from ..article import Article
from ..pipeline import register
from ..settings import Settings

__all__: list[str] = []


@register("analyze.language")
def _language(settings: Settings):
    from .language import detect_language

    opts = settings.section("analyze")
    languages = set(opts.get("languages", ["en"]))
    confidence = float(opts.get("min_language_confidence", 0.5))
    max_chars = int(opts.get("max_chars", 1_000_000))

    def language(article: Article) -> Article:
        if len(article.text or "") > max_chars:
            article.skipped = (f"text of {len(article.text):,} characters is longer than analyze.max_chars "
                               f"({max_chars:,}); split the input or raise the limit with "
                               "--set analyze.max_chars=N (spaCy needs about 1 GB per 100,000 characters)")
            return article
        found, prob = detect_language(article.text, min_confidence=confidence)
        if found:
            article.language = found
        elif article.language is None:
            # too short or too mixed to tell: run the layer, say nothing about the language
            return article
        if article.language not in languages:
            article.skipped = (f"language is {article.language!r} (confidence {prob:.2f}); "
                               f"the language layer runs on {', '.join(sorted(languages))} only")
        return article
    return language


@register("analyze.entities")
def _entities(settings: Settings):
    from .canonical import canonical_entities
    from .entities import find_mentions
    from .gazetteer import load_gazetteer
    from .nlp import load_nlp

    nlp = load_nlp(settings.get("analyze.model", "wirescope"))
    # texts up to analyze.max_chars reach spaCy (the language component skips longer ones)
    nlp.max_length = max(nlp.max_length, int(settings.get("analyze.max_chars", 1_000_000)))
    gaz = load_gazetteer()

    def entities(article: Article) -> Article:
        if article.skipped or not article.text:
            return article
        article.doc = article.doc or nlp(article.text)
        article.entities = canonical_entities(article.text, find_mentions(article.doc, gaz), gaz)
        return article
    return entities


@register("analyze.quotes")
def _quotes(settings: Settings):
    from .quotes import find_quotes, speakers_as_entities

    def quotes(article: Article) -> Article:
        if article.skipped or not article.text:
            return article
        article.quotes = find_quotes(article.text, article.doc, article.entities)
        speakers_as_entities(article.quotes, article.entities, article.text)
        return article
    return quotes


@register("analyze.dates")
def _dates(settings: Settings):
    from .dates import find_dates, infer_published

    def dates(article: Article) -> Article:
        if article.skipped or not article.text:
            return article
        if not article.published:
            article.published = infer_published(article.text)
        article.dates = find_dates(article.text, article.published)
        return article
    return dates


@register("analyze.quantities")
def _quantities(settings: Settings):
    from .quantities import find_quantities

    def quantities(article: Article) -> Article:
        if article.skipped or not article.text:
            return article
        # the dates component's spans when it ran and found some (else found again)
        article.quantities = find_quantities(article.text, article.dates or None)
        return article
    return quantities

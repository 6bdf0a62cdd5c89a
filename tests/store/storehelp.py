"""Helpers shared by the store tests (imported by conftest and test modules)."""

from __future__ import annotations

import re
from pathlib import Path

from wirescope.article import Article

STORIES_FILE = Path(__file__).parent / "data" / "stories.txt"


def load_stories(path: Path = STORIES_FILE) -> dict[str, str]:
    """Sections of stories.txt by name."""
    parts = re.split(r"^=== (\w+) ===\n", path.read_text(encoding="utf-8"), flags=re.M)[1:]
    return {name: body.strip() for name, body in zip(parts[::2], parts[1::2])}


def make_article(text: str, source: str = "/in/a.txt", segment: int = 0, **meta) -> Article:
    """A hand-built article with realistic metadata defaults."""
    meta.setdefault("title", "Untitled")
    meta.setdefault("outlet", "Harbour Post")
    meta.setdefault("published", "2024-10-30T14:32:00")
    meta.setdefault("language", "en")
    return Article(text=text, source=source, segment=segment, **meta)

"""Linking across articles: canonical entities (stories and event merging come later)."""

from .entities import EntityIndex

__all__ = ["EntityIndex"]

"""Clean: HTML through trafilatura, plain text through our line classifier."""

from .html import clean_html
from .text import classify_lines, ends_mid_sentence

__all__ = ["clean_html", "classify_lines", "ends_mid_sentence"]

"""Split: one article per story in a text that holds several (see `segment.py`), with
the story-boundary model of `gaps.py`; `truncation.py` reads whether a story was cut off."""

from .articles import split_article
from .segment import Segment, segment_lines, story_units

__all__ = ["Segment", "segment_lines", "split_article", "story_units"]

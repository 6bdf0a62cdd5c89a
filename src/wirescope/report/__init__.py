"""Presentation: the HTML brief (exports follow)."""

from wirescope.report.brief import lede, render_brief, write_brief

__all__ = ["lede", "render_brief", "write_brief"]

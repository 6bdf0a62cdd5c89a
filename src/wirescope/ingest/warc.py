"""WARC archives (warcio): every HTML response record becomes an input."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..article import Article
from .decode import Rejected, decode

__all__ = ["read_warc"]


def read_warc(stream: io.BufferedIOBase, source: str, *, max_bytes: int, max_control_ratio: float) -> Iterator[Article]:
    """Yield one raw HTML article per HTML response; other records are skipped."""
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{record.rec_headers.get_header('WARC-Record-ID') or uri}"
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            status = record.http_headers.get_statuscode() if record.http_headers else "200"
            if status and not status.startswith("2"):
                continue
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                yield Article(source=where, rejected=f"record larger than {max_bytes:,} bytes")
                continue
            try:
                text, _ = decode(data, html=True, max_control_ratio=max_control_ratio)
            except Rejected as exc:
                yield Article(source=where, rejected=exc.reason)
                continue
            given = {"url": uri}
            date = record.rec_headers.get_header("WARC-Date")
            if date:
                given["crawled"] = date
            yield Article(raw=text, kind="html", source=where, given=given)
    except ArchiveLoadFailed as exc:
        raise Rejected(f"not a readable WARC file ({exc})") from None
    except (ValueError, TypeError, AttributeError, EOFError, OSError, zlib.error) as exc:
        # warcio meets a damaged record (cut short, a header missing) with whatever its
        # parser hits; the records before it were read
        raise Rejected(f"damaged WARC record after the ones read ({type(exc).__name__}: {exc}); "
                       "check the file is complete (re-download or re-crawl it)") from None

import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirescope.errors import InputError
from wirescope.ingest import iter_inputs, kind_of, sniff

PAGE = "<html><head><title>T</title></head><body><article><h1>Port reopens</h1>" + \
       "<p>The port of Izmail reopened two berths on Tuesday, officials said, after a week of repairs.</p>" * 5 + \
       "</article></body></html>"


@pytest.mark.parametrize("name, kind", [
    ("a.txt", "text"), ("a.html", "html"), ("a.HTM", "html"), ("a.html.gz", "html"), ("x.jsonl", "jsonl"),
    ("f.rss", "feed"), ("f.atom", "feed"), ("n.warc.gz", "warc"), ("README.md", None), ("a.pdf", None)])
def test_ingest_kind_of_names(name, kind):
    assert kind_of(name) == kind


@pytest.mark.parametrize("text, kind", [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed"),
    ('{"text": "hello"}\n{"text": "again"}', "jsonl"),
    ("Plain words on a line.\nAnother line.", "text")])
def test_ingest_sniff_content(text, kind):
    assert sniff(text) == kind


def reasons(path):
    return [(a.source, a.rejected) for a in iter_inputs([path])]


def test_ingest_rejects_bad_files_and_continues(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "big.txt").write_text("word " * 100)
    (tmp_path / "good.txt").write_text("A good article sentence that is long enough to count as body text here.\n")
    (tmp_path / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    out = {a.source.rsplit("/", 1)[-1]: a.rejected for a in iter_inputs([tmp_path], max_bytes=300)}
    assert out["empty.txt"] == "empty"
    assert "binary" in out["binary.txt"]
    assert "too large" in out["big.txt"] and "ingest.max_bytes" in out["big.txt"]
    assert "gzip" in out["broken.html.gz"]
    assert out["good.txt"] is None


def test_ingest_missing_path_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(iter_inputs([tmp_path / "nope.txt"]))


def test_ingest_decodes_cp1252_and_bom(tmp_path):
    (tmp_path / "a.txt").write_bytes("“Quoted,” said François — €5.".encode("cp1252") * 20)
    (tmp_path / "b.txt").write_bytes("\ufeffHello “world”.".encode("utf-8"))
    arts = list(iter_inputs([tmp_path]))
    assert arts[0].raw.startswith("“Quoted,” said François — €5.")
    assert arts[1].raw == "Hello “world”."


def test_ingest_gzip_html(tmp_path):
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    [art] = iter_inputs([tmp_path / "p.html.gz"])
    assert art.kind == "html" and "Izmail" in art.raw


def test_ingest_jsonl_records_and_bad_lines(tmp_path):
    lines = [json.dumps({"text": "Body one.", "title": "One", "outlet": "Wire", "published": "2026-03-01"}),
             "{not json", json.dumps({"html": PAGE, "url": "https://x.test/a"}), json.dumps([1, 2]),
             json.dumps({"title": "no body"})]
    (tmp_path / "x.jsonl").write_text("\n".join(lines))
    arts = list(iter_inputs([tmp_path / "x.jsonl"]))
    assert [a.rejected is None for a in arts] == [True, False, True, False, False]
    assert arts[0].given == {"title": "One", "outlet": "Wire", "published": "2026-03-01"}
    assert arts[1].source.endswith("x.jsonl:2") and "not valid JSON" in arts[1].rejected
    assert arts[2].kind == "html" and arts[2].given["url"] == "https://x.test/a"


def test_ingest_feed_content_and_summaries(tmp_path):
    feed = """<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel><title>Harbour Post</title>
    <item><title>Full</title><link>https://h.test/1</link><pubDate>Tue, 10 Mar 2026 13:20:00 +0000</pubDate>
      <content:encoded><![CDATA[<p>Full body here.</p>]]></content:encoded></item>
    <item><title>Teaser</title><link>https://h.test/2</link><description>Only a summary…</description></item>
    </channel></rss>"""
    (tmp_path / "f.rss").write_text(feed)
    full, teaser = iter_inputs([tmp_path / "f.rss"])
    assert full.given["published"] == "2026-03-10T13:20:00" and full.given["outlet"] == "Harbour Post"
    assert teaser.given["summary_only"] and teaser.given["url"] == "https://h.test/2"


@pytest.mark.parametrize("title, link, outlet", [
    ("Europe | The Meridian Herald", "https://www.meridianherald.example/world/europe", "The Meridian Herald"),
    ("Harbour Post — World", "https://harbourpost.example/world/", "Harbour Post"),
    ("Baltic Wire: Business", "https://balticwire.example", "Baltic Wire"),
    ("World news - The Daily Ledger", None, "The Daily Ledger"),   # no address: the longest part
    ("The Daily Ledger", "https://ledger.example", "The Daily Ledger"),
    ("", None, None),
])
def test_ingest_feed_outlet_is_the_site_not_its_section(title, link, outlet):
    from wirescope.ingest.feeds import feed_outlet
    assert feed_outlet(title, link) == outlet


def test_ingest_broken_feed_is_rejected(tmp_path):
    (tmp_path / "bad.rss").write_text("<?xml version='1.0'?><rss><channel><item><title>x")
    [art] = iter_inputs([tmp_path / "bad.rss"])
    assert art.rejected


def test_ingest_warc_html_responses_only(tmp_path):
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for uri, ctype, body in [("https://a.test/1", "text/html; charset=utf-8", PAGE.encode()),
                             ("https://a.test/logo.png", "image/png", b"\x89PNG....")]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    (tmp_path / "n.warc.gz").write_bytes(buf.getvalue())
    [art] = iter_inputs([tmp_path / "n.warc.gz"])
    assert art.kind == "html" and art.given["url"] == "https://a.test/1"


def _warc(records: list[tuple[str, bytes]], gzip: bool = False) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for uri, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buf.getvalue()


def test_ingest_damaged_warc_keeps_the_records_before_and_rejects_the_file(tmp_path):
    # a last record cut short, its target URI missing: warcio fails inside its parser
    damage = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nHTTP/1.1 200"
    (tmp_path / "crawl.warc").write_bytes(_warc([("https://a.test/1", PAGE.encode())]) + damage)
    arts = list(iter_inputs([tmp_path / "crawl.warc"]))
    assert [a.given.get("url") for a in arts if not a.rejected] == ["https://a.test/1"]
    assert [a.source for a in arts if a.rejected] == [str(tmp_path / "crawl.warc")]
    assert "WARC" in arts[-1].rejected


def test_ingest_jsonl_metadata_of_the_wrong_shape_is_text_or_left_out(tmp_path, caplog):
    body = "The ferry to Parnu sailed again on Tuesday after a week of repairs, the harbour master said."
    rows = [{"text": body, "title": 2026, "outlet": ["Baltic Wire"], "authors": ["Mari Tamm", 7, ""],
             "published": 1772611200, "url": {"href": "https://x.test/a"}},
            {"text": body, "author": "Jaan Kask", "published": 0, "title": ""}]
    (tmp_path / "x.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    first, second = iter_inputs([tmp_path / "x.jsonl"])
    assert first.given == {"title": "2026", "published": 1772611200, "authors": ["Mari Tamm"]}
    assert second.given == {"authors": ["Jaan Kask"]}
    assert "outlet=['Baltic Wire'] is not text" in caplog.text and "url=" in caplog.text

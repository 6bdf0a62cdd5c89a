"""Publication dates given by a container (JSONL fields, `--published`) read as ISO 8601."""

from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirescope.article import iso_error
from wirescope.clean.meta import iso_published


@pytest.mark.parametrize("value, expected", [
    ("2024", "2024"),
    ("2024-10", "2024-10"),
    ("2024-10-30", "2024-10-30"),
    (" 2024-10-30 14:00 ", "2024-10-30T14:00"),
    ("2024-10-30T14:32:00Z", "2024-10-30T14:32:00Z"),
    ("2024-10-30T14:32:00+01:00", "2024-10-30T14:32:00+01:00"),
    ("Tue, 05 Nov 2024 10:00:00 GMT", "2024-11-05T10:00:00+00:00"),  # RFC 2822, as feeds write it
    ("5 November 2024 10:00", "2024-11-05T10:00:00"),
    ("Nov. 5, 2024", "2024-11-05"),
    ("2024/10/30", "2024-10-30"),
    (1730800800, "2024-11-05T10:00:00+00:00"),       # Unix seconds
    (1730800800000, "2024-11-05T10:00:00+00:00"),    # Unix milliseconds
])
def test_iso_published_reads_the_common_ways_of_writing_a_date(value, expected):
    assert iso_published(value) == expected


@pytest.mark.parametrize("value", ["last Tuesday", "2024-13-45", "2024-02-30", "2024-10-30T25:00", "", "  ",
                                   None, True, [2024], "soon"])
def test_iso_published_gives_none_for_what_is_no_date(value):
    assert iso_published(value) is None


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)))
def test_iso_published_keeps_any_iso_datetime(dt):
    iso = dt.isoformat()
    assert iso_published(iso) == iso and iso_error(iso) is None
    aware = dt.replace(tzinfo=timezone.utc).isoformat()
    assert iso_published(aware) == aware


@given(st.text(max_size=30))
def test_iso_published_is_none_or_valid_iso(text):
    out = iso_published(text)
    assert out is None or iso_error(out) is None


@pytest.mark.parametrize("value, reason", [("2024-13", "month must be in 1..12"), ("30/10/2024", "write it as"),
                                           ("2024-10-30T14:00", None)])
def test_iso_error_names_the_reason(value, reason):
    why = iso_error(value)
    assert why is None if reason is None else reason in why

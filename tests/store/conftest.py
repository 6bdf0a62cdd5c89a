"""Fixtures for store tests: a fresh store per test and hand-written stories."""

from __future__ import annotations

import pytest

from storehelp import load_stories
from wirescope.store import Store


@pytest.fixture(scope="session")
def stories() -> dict[str, str]:
    return load_stories()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "test.db") as s:
        yield s

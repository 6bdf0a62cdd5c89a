import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture
def samples() -> pathlib.Path:
    return ROOT / "samples"

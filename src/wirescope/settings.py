"""Settings: packaged defaults, overlaid by a user TOML file and --set pairs."""

from __future__ import annotations

import copy
import functools
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import SettingsError

__all__ = ["Settings", "load_settings"]


class Settings:
    """Read-only view of nested settings, addressed by dotted names ("split.min_words")."""

    def __init__(self, data: dict[str, Any]):
        self._data = data

    def section(self, name: str) -> dict[str, Any]:
        """All keys of one section (e.g. "clean.text") as a flat dict."""
        node: Any = self._data
        for part in name.split("."):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        return {k: v for k, v in node.items() if not isinstance(v, dict)}

    def get(self, name: str, default: Any = None) -> Any:
        section, _, key = name.rpartition(".")
        return self.section(section).get(key, default)

    def names(self) -> list[str]:
        """Every dotted setting name, for --help and the docs test."""
        out: list[str] = []

        def walk(node: dict[str, Any], prefix: str) -> None:
            for key, value in node.items():
                if isinstance(value, dict):
                    walk(value, f"{prefix}{key}.")
                else:
                    out.append(prefix + key)

        walk(self._data, "")
        return out

    def as_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self._data)


@functools.lru_cache(maxsize=1)
def _packaged() -> dict[str, Any]:
    text = resources.files("wirescope").joinpath("default_settings.toml").read_text("utf-8")
    return tomllib.loads(text)


def _defaults() -> dict[str, Any]:
    """A fresh copy of the packaged defaults (read once per process)."""
    return copy.deepcopy(_packaged())


def _merge(base: dict[str, Any], extra: dict[str, Any], where: str) -> None:
    for key, value in extra.items():
        if key not in base:
            raise SettingsError(f"unknown setting {where}{key!r}; see `wirescope settings` for the list")
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise SettingsError(f"setting {where}{key} is a section, not a value")
            _merge(base[key], value, f"{where}{key}.")
        else:
            if type(value) is not type(base[key]) and not (
                isinstance(base[key], float) and isinstance(value, int)
            ):
                raise SettingsError(
                    f"setting {where}{key} must be {type(base[key]).__name__}, got {value!r}"
                )
            base[key] = value


def load_settings(path: str | Path | None = None, overrides: list[str] | dict[str, Any] | None = None) -> Settings:
    """Defaults, then the TOML file at `path`, then `overrides` ("a.b=1" strings or a dict)."""
    data = _defaults()
    if path:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except FileNotFoundError:
            raise SettingsError(f"settings file {path} does not exist") from None
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"settings file {path} is not valid TOML: {exc}") from None
        _merge(data, user, "")
    if isinstance(overrides, dict):
        items = list(overrides.items())
    else:
        items = []
        for pair in overrides or []:
            name, sep, raw = pair.partition("=")
            if not sep:
                raise SettingsError(f"--set {pair!r}: write it as section.key=value")
            try:
                value = tomllib.loads(f"v = {raw}")["v"]
            except tomllib.TOMLDecodeError:
                value = raw  # a bare word is a string
            items.append((name.strip(), value))
    for name, value in items:
        nested: dict[str, Any] = {}
        node = nested
        parts = name.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
        _merge(data, nested, "")
    return Settings(data)

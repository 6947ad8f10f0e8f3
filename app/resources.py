"""Where the app's resources (schema, translations, fonts) are: ``resources/`` at the top of the
project, or the folder named by ``KAKEHASHI_RESOURCES`` (a packaged build)."""

from __future__ import annotations

import os
from pathlib import Path


def resource_dir() -> Path:
    override = os.environ.get("KAKEHASHI_RESOURCES")
    return Path(override) if override else Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)

"""The build report: counts per type, relation and pass, files skipped, merges made."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import write_text_atomic

if TYPE_CHECKING:
    from ..pipeline import BuildResult


def write_report(result: BuildResult, path: str | Path) -> Path:
    return write_text_atomic(path, json.dumps(result.report(), ensure_ascii=False, indent=1, sort_keys=True) + "\n")

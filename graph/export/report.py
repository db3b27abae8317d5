"""The build report: counts per type, relation and pass, files skipped, merges made."""

from __future__ import annotations

import json


def report_json(report: dict[str, object]) -> bytes:
    return (json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")

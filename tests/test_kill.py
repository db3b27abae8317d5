"""A build killed at any moment leaves complete exports: the previous ones or the new ones.

`graphkit build` runs as a subprocess over exports of an earlier build and is SIGKILLed at
seeded random moments: mostly just as it starts writing (a temporary ``.graphkit-*`` file
appears), sometimes while it is still reading. After each kill every export must be
byte-identical to the previous build's or the new build's, never partial; the report is
written last, so a new report means every export is new. Temporary files may remain, and the
next build into the folder removes them.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from graphkit.export.atomic import TEMP_PREFIX, folder_lock, remove_stale

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus"
SEED = 7
KILLS = 15
REPORT = "report.json"


def _command(corpus: Path, out: Path) -> list[str]:
    from graphkit.cli import main

    options = {opt for param in main.commands["build"].params for opt in param.opts}
    serial = ["--jobs", "1"] if "--jobs" in options else []
    return [sys.executable, "-c", "from graphkit.cli import main; main()", "build", str(corpus), "--out", str(out),
            "--format", "turtle", "--quiet", *serial]


def _build(corpus: Path, out: Path) -> dict[str, bytes]:
    done = subprocess.run(_command(corpus, out), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return _exports(out)


def _exports(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(TEMP_PREFIX)}


def _temporaries(out: Path) -> list[str]:
    return [p.name for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)]


def _kill(corpus: Path, out: Path, rng: random.Random, reading_seconds: float) -> tuple[str, int]:
    """Start a build and SIGKILL it; return when it was killed and its return code."""
    process = subprocess.Popen(_command(corpus, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    if rng.random() < 0.2:
        moment, deadline, delay = "while reading", started + rng.uniform(0.2, reading_seconds), 0.0
    else:
        moment, deadline, delay = "while writing", started + 300, rng.choice([0.0, rng.uniform(0, 0.03)])
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if moment == "while writing" and _temporaries(out):
                time.sleep(delay)
                break
            time.sleep(0.0005)
        process.send_signal(signal.SIGKILL)
        return moment, process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _kill_and_check(index: int, corpus: Path, out: Path, before: Path, old: dict[str, bytes], new: dict[str, bytes],
                    reading_seconds: float) -> tuple[str, int, str, int]:
    rng = random.Random(SEED * 1000 + index)  # each kill its own stream: the same moments in any order
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(before, out)
    moment, code = _kill(corpus, out, rng, reading_seconds)
    found = _exports(out)
    assert set(found) == set(old), f"kill {index} {moment}: exports {sorted(found)}"
    for name, data in found.items():
        assert data in (old[name], new[name]), f"kill {index} {moment}: {name} is partial ({len(data)} bytes)"
    if found[REPORT] == new[REPORT]:
        assert found == new, f"kill {index} {moment}: a new report over old exports"
    state = "new" if found == new else "old" if found == old else "mixed"
    return moment, code, state, len(_temporaries(out))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_killed_builds_leave_complete_exports(tmp_path: Path) -> None:
    old_corpus, new_corpus = tmp_path / "old", tmp_path / "new"
    old_corpus.mkdir()
    sample = sorted(SAMPLE.glob("*.txt"))[0]
    shutil.copy(sample, old_corpus / sample.name)
    shutil.copytree(old_corpus, new_corpus)
    # The corpus changes between the two builds.
    (new_corpus / "more.txt").write_text("Baidu released ERNIE 4.0 in Beijing. Robin Li founded Baidu in 2000.\n"
                                         "百川智能创始人王小川发布了新模型。\n", encoding="utf-8")

    started = time.monotonic()
    old = _build(old_corpus, tmp_path / "reference-old")
    reading_seconds = time.monotonic() - started
    new = _build(new_corpus, tmp_path / "reference-new")
    assert set(old) == set(new) == {"graph.ttl", REPORT}
    assert all(old[name] != new[name] for name in old)

    # Two builds at a time, each into its own folder, to halve the wall-clock time.
    with ThreadPoolExecutor(2) as pool:
        outcomes = list(pool.map(lambda i: _kill_and_check(i, new_corpus, tmp_path / f"exports{i}",
                                                           tmp_path / "reference-old", old, new, reading_seconds),
                                 range(KILLS)))

    # A folder as a kill left it, with a leftover planted for certain: the next complete build
    # removes every temporary file and writes the new exports.
    out = tmp_path / f"exports{KILLS - 1}"
    (out / f"{TEMP_PREFIX}graph.ttl.stale").write_bytes(b"@prefix partial")
    assert _build(new_corpus, out) == new
    assert not _temporaries(out)

    killed = [o for o in outcomes if o[1] == -signal.SIGKILL]
    print(f"\n{len(killed)} of {KILLS} builds killed; (moment, return code, exports, temporaries left): {outcomes}")
    assert len(killed) >= KILLS // 2, outcomes


def test_builds_into_one_folder_take_turns(tmp_path: Path) -> None:
    """A build cleaning up leftovers waits for one still writing: it never removes a live
    temporary file (the lock is on the folder, so no lock file is left behind)."""
    out = tmp_path / "exports"
    removed: list[list[Path]] = []
    with folder_lock(out):
        live = out / f"{TEMP_PREFIX}graph.ttl.live"
        live.write_bytes(b"being written")
        other = threading.Thread(target=lambda: removed.append(_locked_cleanup(out)))
        other.start()
        other.join(0.3)
        assert other.is_alive() and live.exists()  # waiting for the lock
    other.join(10)
    assert removed == [[live]] and not list(out.iterdir())


def _locked_cleanup(out: Path) -> list[Path]:
    with folder_lock(out):
        return remove_stale(out)

"""Adversarial text through the whole pipeline: seconds per MB for each family of hostile input.

Every pattern of graphkit must take time linear in its input. Each family below repeats one
unit that invites a regular expression to backtrack (runs of capitals, hyphens, CJK
punctuation, "and"-lists, dotted digits, quotes and brackets, possessives …) and is built in
two layouts, both through ``graphkit.pipeline.build`` on a one-file corpus:

* ``line``: one line of the unit, far longer than a sentence may be (sentences are cut at
  2,000 characters), which tests line-level code (reading, repair, boilerplate, splitting);
* ``sentences``: distinct lines of up to 1,600 characters, each one sentence, which tests the
  extraction patterns on the longest sentences they will ever see.

Each family runs at two sizes, 4x apart; time must grow about linearly (the test in
tests/test_hostile_input.py allows 8x). A run past its time budget is cut short with SIGALRM,
which interrupts even a regular expression, and reported as catastrophic.

    python bench/bench_patterns.py                  # every family; worst s/MB and 4x ratios
    python bench/bench_patterns.py capitals links   # some families
    python bench/bench_patterns.py --scale 4        # 4x bigger inputs
    python bench/bench_patterns.py --large 32       # one realistic 32 MB file: time, peak memory
    python bench/bench_patterns.py --many 100000    # a folder of 100,000 tiny files
    python bench/bench_patterns.py --split 10       # sentence splitting of 10 MB lines
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Family:
    """``prefix + unit * n + tail``; the tail is glued on, so look-aheads after a run fail."""

    unit: str
    prefix: str = "OpenAI said "
    tail: str = "x"
    cost: int = 1  # families dense in mentions run at sizes this many times smaller

    def line(self, chars: int) -> str:
        repeat = max(1, (chars - len(self.prefix) - len(self.tail)) // len(self.unit))
        return self.prefix + self.unit * repeat + self.tail


FAMILIES: dict[str, Family] = {
    "capitals": Family("A "),
    "capital_run": Family("A"),
    "capitalised_words": Family("Alpha Beta "),
    "connectors": Family("Alpha of Beta for "),
    "hyphens": Family("-"),
    "hyphenated": Family("Aa-"),
    "cjk_end": Family("。"),
    "cjk_semicolons": Family("；"),
    "cjk_commas": Family("、，"),
    "cjk_prose": Family("百川智能发布了大模型", cost=4),
    "commas_and": Family("Alpha, Beta and ", cost=2),
    "list_and": Family("a and ", prefix="Tools like ", tail="the Zed"),
    "digits_dots": Family("1."),
    "versions": Family("1.2.3 "),
    "quotes": Family('"'),
    "curly_quotes": Family("“"),
    "brackets": Family("([{"),
    "cjk_brackets": Family("《「『（"),
    "acronym_parens": Family("(AB) ", cost=4),
    "glosses": Family("Alpha Beta (Gamma) ", cost=4),
    "citations": Family("Ab (Cd, Ef, 2020)", cost=4),
    "middle_dots": Family("威廉·"),
    "named_ideas": Family("the concept of a ", cost=2),
    "links": Family("[a]("),
    "possessive": Family("A’s "),
    "initials": Family("A. "),
    "abbreviations": Family("Dr. "),
    "bangs": Family("!"),
    "mojibake": Family("ç®€ä½“ä¸æ–‡"),
    "urls": Family("http://a.b/"),
    "emails": Family("a.b@"),
}
LAYOUTS = ("line", "sentences")
# (1x, 4x) sizes in characters: a whole line, or one sentence of SENTENCE_LINES lines.
SIZES = {"line": (4_000, 16_000), "sentences": (400, 1_600)}
SENTENCE_LINES = 8


def adversarial_text(family: str, layout: str, size: int, lines: int = SENTENCE_LINES) -> str:
    """The text of one corpus file: one line of ``size`` characters, or ``lines`` distinct
    lines of ``size`` characters each (numbered, so the repeat filter does not hide them)."""
    fam = FAMILIES[family]
    if layout == "line":
        return fam.line(size) + "\n"
    return "".join(f"n{i} {fam.line(size)}\n" for i in range(lines))


class Timeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise Timeout after ``seconds`` (SIGALRM: main thread, POSIX; it interrupts ``re``)."""

    def alarm(signum: int, frame: object) -> None:
        raise Timeout

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_LEXICON = None


def time_build(text: str, budget: float) -> float:
    """CPU seconds ``graphkit.pipeline.build`` takes on a corpus of one file holding ``text``,
    or ``inf`` when it runs past ``budget`` wall-clock seconds."""
    global _LEXICON
    from graphkit.lexicon import load_lexicon
    from graphkit.pipeline import build

    _LEXICON = _LEXICON or load_lexicon()
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "hostile.txt").write_text(text, encoding="utf-8")
        started = time.process_time()
        try:
            with time_limit(budget):
                build(folder, lexicon=_LEXICON)
        except Timeout:
            return float("inf")
        return time.process_time() - started


def warm_up() -> None:
    """Load the lexicon, jieba and the word lists once, outside any measurement."""
    time_build("OpenAI 和百度发布了模型。Sam Altman said so.\n", 120)


@dataclass(frozen=True)
class Scaling:
    family: str
    layout: str
    sizes: tuple[int, int]
    seconds: tuple[float, float]
    megabytes: tuple[float, float]

    @property
    def ratio(self) -> float:
        return self.seconds[1] / self.seconds[0] if self.seconds[0] > 0 else float("inf")

    @property
    def seconds_per_mb(self) -> float:
        return max(s / mb for s, mb in zip(self.seconds, self.megabytes, strict=True))


def measure(family: str, layout: str, scale: int = 1, budget: float = 20.0) -> Scaling:
    """Time a family at its two sizes; the larger run may take at most 10x the smaller (and at
    least 2 s) before it is cut short. ``scale`` lengthens lines, or adds sentences (a sentence
    cannot grow past 2,000 characters)."""
    small, large = (size // FAMILIES[family].cost for size in SIZES[layout])
    if layout == "line":
        texts = [adversarial_text(family, layout, small * scale), adversarial_text(family, layout, large * scale)]
    else:
        texts = [adversarial_text(family, layout, size, SENTENCE_LINES * scale) for size in (small, large)]
    first = time_build(texts[0], budget)
    second = float("inf") if first == float("inf") else time_build(texts[1], max(2.0, 10 * first))
    megabytes = (len(texts[0].encode("utf-8")) / 1e6, len(texts[1].encode("utf-8")) / 1e6)
    return Scaling(family, layout, (small, large), (first, second), megabytes)


def run_patterns(families: list[str], scale: int) -> list[Scaling]:
    warm_up()
    results = []
    print(f"{'family':<18} {'layout':<10} {'1x s':>8} {'4x s':>8} {'ratio':>6} {'s/MB':>8}")
    for family in families:
        for layout in LAYOUTS:
            r = measure(family, layout, scale)
            results.append(r)
            print(f"{family:<18} {layout:<10} {r.seconds[0]:>8.3f} {r.seconds[1]:>8.3f} {r.ratio:>6.1f} "
                  f"{r.seconds_per_mb:>8.1f}", flush=True)
    print("\nworst case per family (seconds per MB, over both layouts and sizes):")
    for family in families:
        worst = max((r for r in results if r.family == family), key=lambda r: r.seconds_per_mb)
        flag = "  CATASTROPHIC" if worst.seconds_per_mb == float("inf") else (
            "  superlinear" if max(r.ratio for r in results if r.family == family) > 8 else "")
        print(f"  {family:<18} {worst.seconds_per_mb:>9.1f} s/MB ({worst.layout}){flag}")
    return results


def _child(code: str, *args: str) -> str:
    """Run ``code`` in a fresh interpreter (its peak memory is then its own) and return stdout."""
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else f"failed: {done.stderr.strip().splitlines()[-1]}"


_MEASURE_BUILD = """
import resource, sys, time
from graphkit.pipeline import build
started = time.perf_counter()
result = build(sys.argv[1])
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{seconds:.1f} s, peak memory {peak:.0f} MiB, {len(result.documents)} documents, "
      f"{len(result.skipped)} skipped, {result.graph.number_of_nodes()} nodes")
"""


def run_large(megabytes: float) -> None:
    """One realistic file of ``megabytes`` MB: the documents bench/generate.py makes for that
    size, joined into one file (a dump of many articles). Time and peak memory of a build,
    against the same at a quarter of the size."""
    sys.path.insert(0, str(ROOT / "bench"))
    import generate  # the realistic-corpus generator beside this file

    for size in (megabytes / 4, megabytes):
        with tempfile.TemporaryDirectory() as folder:
            generated, corpus = Path(folder, "generated"), Path(folder, "corpus")
            generate.generate(generated, int(size * 1e6), seed=0)
            corpus.mkdir()
            with open(corpus / "dump.txt", "wb") as dump:
                for path in sorted(generated.rglob("*.txt")):
                    dump.write(path.read_bytes() + b"\n")
            actual = (corpus / "dump.txt").stat().st_size / 1e6
            print(f"one file of {actual:.1f} MB: {_child(_MEASURE_BUILD, str(corpus))}", flush=True)


def run_many(count: int) -> None:
    """A folder of ``count`` tiny files (1,000 per subfolder): time and peak memory."""
    with tempfile.TemporaryDirectory() as folder:
        for i in range(count):
            sub = Path(folder, f"{i // 1000:04d}")
            if i % 1000 == 0:
                sub.mkdir()
            (sub / f"{i:07d}.txt").write_text(f"Company{i} released Model{i}. 百川智能发布了模型{i}。\n",
                                              encoding="utf-8")
        print(f"{count} tiny files: {_child(_MEASURE_BUILD, folder)}", flush=True)


def run_split(megabytes: float) -> None:
    """Sentence splitting (with boilerplate and repeat detection) of one line of each unit."""
    from graphkit.corpus import split_sentences
    from graphkit.corpus.clean import hidden_spans
    from graphkit.model import Document

    for unit in ("word ", "a", "-", "1.", "；", "!", "A. ", "Dr. ", "。x", "ç®€ä½“"):
        times = []
        for size in (megabytes / 4, megabytes):
            line = unit * int(size * 1e6 // len(unit))
            started = time.process_time()
            split_sentences(Document("d", "d", line, hidden=hidden_spans(line)))
            times.append(time.process_time() - started)
        print(f"split {unit!r:<12} {megabytes / 4:g} MB {times[0]:.2f} s, {megabytes:g} MB {times[1]:.2f} s, "
              f"ratio {times[1] / times[0]:.1f}", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("families", nargs="*", help=f"families to run (default: all): {', '.join(FAMILIES)}")
    parser.add_argument("--scale", type=int, default=1, help="multiply the input sizes (default 1)")
    parser.add_argument("--large", type=float, metavar="MB", help="build one realistic file of MB megabytes")
    parser.add_argument("--many", type=int, metavar="N", help="build a folder of N tiny files")
    parser.add_argument("--split", type=float, metavar="MB", help="split lines of MB megabytes into sentences")
    args = parser.parse_args(argv)
    unknown = [f for f in args.families if f not in FAMILIES]
    if unknown:
        parser.error(f"unknown families {', '.join(unknown)}; choose from {', '.join(FAMILIES)}")
    if args.large:
        run_large(args.large)
    if args.many:
        run_many(args.many)
    if args.split:
        run_split(args.split)
    if not (args.large or args.many or args.split) or args.families:
        run_patterns(args.families or list(FAMILIES), args.scale)


if __name__ == "__main__":
    main()

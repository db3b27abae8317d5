"""Generate a realistic corpus of any size from the sample texts, for benchmarks.

Each generated document is a title and sections; a section is a run of consecutive sentences
of one sample file, so the prose stays locally coherent (a pronoun still follows its name), and
the sections of one document come from different files. The people and organisations the
lexicon knows are renamed per document from a generated pool of names (Chinese names with their
pinyin, English names, organisations with an English and a Chinese name), so the corpus holds
many distinct entities and no two documents repeat each other: neither the build's repeat
filter nor resolution can collapse it. A third of the names keep their curated spelling, so
the lexicon pass still has work to do.

Everything is seeded: the same seed, size and sample texts give the same files byte for byte,
and document ``i`` depends on the seed and ``i`` only (``document(i)`` rebuilds it alone).

    python bench/generate.py OUT --size 100MB [--seed 0] [--docs N]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from graphkit.corpus import Skipped, read_corpus, split_sentences
from graphkit.extract.text import has_cjk
from graphkit.lexicon import load_lexicon
from graphkit.resources import ontology_file

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus"
VERSION = 1  # bump when the output for a given seed changes
MEAN_DOC_BYTES = 10_000
MANIFEST = ".graphkit-bench.json"  # a dot file: the corpus reader skips it
PER_FOLDER = 1000
KEEP_CURATED = 1 / 3

_ENGLISH_FAMILY = ("Adams Baker Bennett Brooks Carter Clarke Collins Cooper Davies Dawson Edwards Ellis Evans Fisher "
                   "Foster Graham Grant Hayes Hughes Hunter Jenkins Keller Kennedy Lawson Marshall Mason Morgan "
                   "Murphy Nelson Owens Palmer Parker Pearson Porter Powell Reed Reynolds Richards Russell Shaw "
                   "Simmons Spencer Stewart Sullivan Taylor Turner Walker Wallace Warren Watson Webb Wells Wheeler "
                   "Willis Wright Young Novak Petrov Kowalski Schneider Fischer Weber Becker Hoffmann Dubois Moreau "
                   "Laurent Rossi Ricci Romano Silva Santos Costa Tanaka Suzuki Sato Nakamura Kim Park Choi").split()
_GIVEN_CHARS = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲峰建文辉宁晨志飞立新海东宇浩然博远思嘉佳琪欣怡子轩雨泽"
_ORG_SYLLABLES = ("ar ba cor da el fin gen hal io jin ka lum mo nex or pix qua ro sol ta ul vex wen xi yo zen "
                  "al bri cel dyn ev flu gra hel ion kor lyr mer nov opt pri rad syn tek vol").split()
_ORG_SUFFIXES = ("AI", "Labs", "Robotics", "Research", "Technologies", "Intelligence", "Systems", "Dynamics")
_ZH_ORG_CHARS = "星云智源深度天元灵犀睿思极光启明远航九章昆仑鲲鹏墨子量子蓝海卓越创新未来"
_ZH_ORG_SUFFIXES = ("智能", "科技", "研究院", "实验室", "人工智能")


@dataclass(frozen=True)
class Span:
    """A sentence of a sample file; ``slots`` are (start, end, entry name, is_chinese) of the
    lexicon's person and organisation names in it."""

    text: str
    heading: bool
    gap: str  # what separated it from the sentence before it in its file ("\n", " ", "")
    slots: tuple[tuple[int, int, str, bool], ...]


@dataclass(frozen=True)
class Pool:
    people_en: tuple[str, ...]
    people_zh: tuple[tuple[str, str], ...]  # (汉字, pinyin)
    orgs: tuple[tuple[str, str], ...]  # (English, 中文)


class Generator:
    """Documents recombined from the sentences of the sample files, with names varied."""

    def __init__(self, seed: int = 0, docs: int = 1000, sample: Path = SAMPLE) -> None:
        self.seed = seed
        self.docs = docs
        self.files = _sample_spans(sample)
        self.weights = [sum(len(s.text) for s in spans) for spans in self.files]
        self.sentence_count = sum(len(spans) for spans in self.files)
        self.kinds = _entry_kinds()
        # About one new person and one new organisation per two documents: names recur across
        # documents, as they do in a real corpus, and the graph grows with the corpus.
        self.pool = _pool(random.Random(f"pool:{seed}"), max(50, docs // 2))
        total = sum(self.weights)
        self.cumulative = [sum(self.weights[: k + 1]) / total for k in range(len(self.weights))]

    def document(self, index: int, target_bytes: int) -> str:
        rng = random.Random(f"doc:{self.seed}:{index}")
        renames: dict[tuple[str, bool], str] = {}
        parts: list[str] = []
        size = 0
        last_file = -1
        used: set[tuple[int, int]] = set()  # a repeated line would be hidden by the build's repeat filter
        while size < target_bytes:
            k = min(bisect_right(self.cumulative, rng.random()), len(self.files) - 1)
            if k == last_file and len(self.files) > 1:
                continue
            last_file = k
            spans = self.files[k]
            run = rng.randint(3, 14)
            start = rng.randrange(max(1, len(spans) - run))
            picked = [(i, spans[i]) for i in range(start, min(start + run, len(spans))) if (k, i) not in used]
            if not picked:
                continue
            used.update((k, i) for i, _ in picked)
            if len(used) > 0.8 * self.sentence_count:
                used.clear()
            section = []
            previous_heading = False
            for offset, (_, span) in enumerate(picked):
                text = self._rename(span, renames, rng)
                if offset:
                    paragraph = span.heading or previous_heading or span.gap == "\n"
                    section.append("\n\n" if paragraph else span.gap)
                section.append("## " + text if span.heading else text)
                previous_heading = span.heading
            chunk = "".join(section).strip() + "\n\n"
            parts.append(chunk)
            size += len(chunk.encode("utf-8"))
        title = self._rename(self._title(rng), renames, rng)
        return f"# {title}\n\n" + "".join(parts).rstrip() + "\n"

    def sizes(self, total_bytes: int) -> list[int]:
        """Target sizes of the documents: log-normal around the mean, scaled to the total."""
        rng = random.Random(f"sizes:{self.seed}")
        raw = [min(12.0, max(0.1, rng.lognormvariate(0, 0.7))) for _ in range(self.docs)]
        scale = total_bytes / sum(raw)
        return [max(300, int(r * scale)) for r in raw]

    def _title(self, rng: random.Random) -> Span:
        headings = [s for spans in self.files for s in spans if s.heading and 8 <= len(s.text) <= 80]
        return rng.choice(headings) if headings else self.files[0][0]

    def _rename(self, span: Span, renames: dict[tuple[str, bool], str], rng: random.Random) -> str:
        if not span.slots:
            return span.text
        out = []
        pos = 0
        for start, end, entry, chinese in span.slots:
            out.append(span.text[pos:start])
            out.append(self._name_for(entry, chinese, span.text[start:end], renames, rng))
            pos = end
        out.append(span.text[pos:])
        return "".join(out)

    def _name_for(self, entry: str, chinese: bool, original: str, renames: dict[tuple[str, bool], str],
                  rng: random.Random) -> str:
        key = (entry, chinese)
        if key not in renames:  # the first of the entry's names in this document
            if rng.random() < KEEP_CURATED:
                renames[key] = renames[(entry, not chinese)] = ""
            else:
                renames[key] = self._pick(entry, chinese, rng)
                renames[(entry, not chinese)] = self._partner(renames[key], entry, chinese)
        return renames[key] or original

    def _pick(self, entry: str, chinese: bool, rng: random.Random) -> str:
        if self.kinds[entry] == "Organization":
            en, zh = rng.choice(self.pool.orgs)
            return zh if chinese else en
        if chinese:
            return rng.choice(self.pool.people_zh)[0]
        if rng.random() < 0.4:
            return rng.choice(self.pool.people_zh)[1]
        return rng.choice(self.pool.people_en)

    def _partner(self, name: str, entry: str, chinese: bool) -> str:
        """The same renamed entity in the other script, so both spellings stay one entity."""
        if self.kinds[entry] == "Organization":
            for en, zh in self.pool.orgs:
                if name in (en, zh):
                    return en if chinese else zh
        for zh, pinyin in self.pool.people_zh:
            if name in (zh, pinyin):
                return pinyin if chinese else zh
        return name


def _sample_spans(sample: Path) -> list[list[Span]]:
    names = _lexicon_names()
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))))
    files: list[list[Span]] = []
    for doc in read_corpus(sample):
        if isinstance(doc, Skipped):
            continue
        spans = []
        previous_end = 0
        for sentence in split_sentences(doc):
            gap = doc.text[previous_end:sentence.start]
            gap = "\n" if "\n" in gap or not spans else (" " if gap else "")
            previous_end = sentence.end
            slots = []
            for match in pattern.finditer(sentence.text):
                text = match.group()
                chinese = has_cjk(text)
                if not chinese and not _latin_boundary(sentence.text, match.start(), match.end()):
                    continue
                slots.append((match.start(), match.end(), names[text], chinese))
            spans.append(Span(sentence.text, sentence.heading, gap, tuple(slots)))
        if spans:
            files.append(spans)
    if not files:
        raise SystemExit(f"no readable sample text in {sample}")
    return files


def _latin_boundary(text: str, start: int, end: int) -> bool:
    return not (start > 0 and text[start - 1].isalnum() and not has_cjk(text[start - 1])) and not (
        end < len(text) and text[end].isalnum() and not has_cjk(text[end]))


def _lexicon_names() -> dict[str, str]:
    """Surface form -> entry name, for the lexicon's people and organisations (forms of at
    least two characters, so that no single letter is renamed)."""
    names = {}
    for entry in load_lexicon().entries:
        if entry.type.value in ("Person", "Organization"):
            for form in entry.surface_forms:
                if len(form) >= 2:
                    names[form] = entry.name
    return names


def _entry_kinds() -> dict[str, str]:
    return {entry.name: entry.type.value for entry in load_lexicon().entries}


def _pool(rng: random.Random, size: int) -> Pool:
    from pypinyin import lazy_pinyin

    given_en = [w for line in ontology_file("given_names.txt").read_text(encoding="utf-8").splitlines()
                if not line.startswith("#") for w in line.split()]
    surnames = [line.split("\t")[0] for line in ontology_file("chinese_surnames.tsv").read_text(
        encoding="utf-8").splitlines() if line and not line.startswith("#") and not line.startswith("surname")]
    surnames = [s for s in surnames if len(s) == 1]
    taken: set[str] = set(_lexicon_names())
    people_en: list[str] = []
    people_zh: list[tuple[str, str]] = []
    orgs: list[tuple[str, str]] = []
    limit = size * 50
    while len(people_en) < size and limit:
        limit -= 1
        name = f"{rng.choice(given_en)} {rng.choice(_ENGLISH_FAMILY)}"
        if name not in taken:
            taken.add(name)
            people_en.append(name)
    while len(people_zh) < size and limit:
        limit -= 1
        family = rng.choice(surnames)
        given = "".join(rng.choice(_GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2))))
        name = family + given
        pinyin = "".join(lazy_pinyin(given)).capitalize() + " " + "".join(lazy_pinyin(family)).capitalize()
        if name not in taken and pinyin not in taken:
            taken.update((name, pinyin))
            people_zh.append((name, pinyin))
    while len(orgs) < size and limit:
        limit -= 1
        stem = "".join(rng.choice(_ORG_SYLLABLES) for _ in range(rng.choice((2, 2, 3)))).capitalize()
        en = f"{stem} {rng.choice(_ORG_SUFFIXES)}"
        zh = "".join(rng.choice(_ZH_ORG_CHARS) for _ in range(2)) + rng.choice(_ZH_ORG_SUFFIXES)
        if en not in taken and zh not in taken:
            taken.update((en, zh))
            orgs.append((en, zh))
    return Pool(tuple(people_en), tuple(people_zh), tuple(orgs))


def document_path(out: Path, index: int) -> Path:
    return out / f"{index // PER_FOLDER:04d}" / f"doc_{index:07d}.txt"


def generate(out: str | Path, size: int, *, seed: int = 0, docs: int | None = None, quiet: bool = True) -> dict:
    """Write a corpus of about ``size`` bytes (``docs`` documents, by default one per 10 kB) into
    ``out`` and return its manifest. A folder that already holds the same corpus is kept."""
    out = Path(out)
    docs = docs or max(1, round(size / MEAN_DOC_BYTES))
    wanted = {"generator": VERSION, "seed": seed, "size": size, "docs": docs, "sample": _sample_digest()}
    manifest_path = out / MANIFEST
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if {k: manifest.get(k) for k in wanted} == wanted:
            return manifest
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    generator = Generator(seed, docs)
    written = 0
    for index, target in enumerate(generator.sizes(size)):
        path = document_path(out, index)
        path.parent.mkdir(exist_ok=True)
        data = generator.document(index, target).encode("utf-8")
        path.write_bytes(data)
        written += len(data)
        if not quiet and index % 1000 == 999:
            print(f"  {index + 1}/{docs} documents, {written / 1e6:.1f} MB", file=sys.stderr)
    manifest = {**wanted, "bytes": written}
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def _sample_digest() -> str:
    import hashlib

    digest = hashlib.blake2b(digest_size=8)
    for path in sorted(SAMPLE.iterdir()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def parse_size(text: str) -> int:
    """'10MB' -> 10_000_000; also kB, GB and plain bytes (decimal units)."""
    match = re.fullmatch(r"\s*([\d.]+)\s*([kKmMgG]?)[bB]?\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 10MB, 500kB, 1GB)")
    return int(float(match[1]) * {"": 1, "k": 1e3, "m": 1e6, "g": 1e9}[match[2].lower()])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the corpus into (replaced)")
    parser.add_argument("--size", type=parse_size, default=parse_size("10MB"), help="total size (default 10MB)")
    parser.add_argument("--docs", type=int, help=f"number of documents (default: one per {MEAN_DOC_BYTES} bytes)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    manifest = generate(args.out, args.size, seed=args.seed, docs=args.docs, quiet=False)
    print(f"{manifest['docs']} documents, {manifest['bytes'] / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()

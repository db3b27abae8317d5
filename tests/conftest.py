from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus"

EN_TEXT = """Share Dialog
OpenAI released ChatGPT based on GPT-3.5 last year.
Sam Altman, the CEO of OpenAI, said the model was trained with reinforcement learning from human feedback (RLHF).
Direct Preference Optimization (DPO) is simpler than RLHF.
Zhifei Li founded Mobvoi in 2012. Li Zhifei later spoke about Kolmogorov complexity.
"""
ZH_TEXT = """杨立昆教授批评了大模型的路线。
柯氏复杂度是信息论的核心概念。
百川智能创始人王小川发布了新模型。
"""


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "en.md").write_text(EN_TEXT, encoding="utf-8")
    (folder / "zh.txt").write_text(ZH_TEXT, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus built once through the real command line."""
    out = tmp_path_factory.mktemp("exports")
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def sample_graph(sample_build: Path):
    from rdflib import Graph

    graph = Graph()
    graph.parse(sample_build / "graph.ttl", format="turtle")
    return graph

"""Quality gate: score each gold corpus with ../shared/eval/score.py; fail below the floors
pinned per corpus in tests/quality_floors.toml. The dev (tuning) and check (never tuned on)
corpora skip cleanly when ../shared is absent; the samples gold is ours (tests/fixtures/samples_gold) and never skips, as long
as the scorer is there."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from sources.files import iter_documents
from transforms.records import to_contract
from transforms.release import extract

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
CORPORA = {
    "dev": SHARED / "corpus" / "dev",
    "check": SHARED / "corpus" / "check",
    "samples": Path(__file__).parent / "fixtures" / "samples_gold",
}
FLOORS = tomllib.loads((Path(__file__).parent / "quality_floors.toml").read_text())
pytestmark = pytest.mark.xdist_group("quality-gate")  # one worker scores each corpus once


def _predict(corpus: Path, out: Path) -> None:
    """Our extraction of every release of a corpus, one contract line each."""
    with out.open("w", encoding="utf-8") as sink:
        for doc in iter_documents(corpus / "releases.jsonl", corpus.name):  # as the CLI reads it
            line = to_contract(extract(doc), doc.input_id)
            sink.write(json.dumps(line, ensure_ascii=False) + "\n")


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request, tmp_path_factory):
    """(name, figures) of one gold corpus."""
    name = request.param
    path = CORPORA[name]
    if name == "samples":
        assert (path / "releases.jsonl").exists() and (path / "gold.jsonl").exists()
    if not (path / "releases.jsonl").exists() or not SCORER.exists():
        pytest.skip(f"../shared corpus or scorer is absent for {name}")
    predictions = tmp_path_factory.mktemp(f"gate-{name}") / "predictions.jsonl"
    _predict(path, predictions)
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(path), "--predictions", str(predictions), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    summary = proc.stdout.rstrip().rsplit("\n", 1)[0]  # the JSON, before the summary line
    return name, json.loads(summary)


FIGURES = sorted({k for table in FLOORS.values() for k in table if not k.endswith("_max")})


@pytest.mark.parametrize("figure", FIGURES)
def test_figure_above_floor(corpus, figure):
    name, figures = corpus
    floor = FLOORS[name][figure]
    assert figures[figure] >= floor, f"{name}: {figure} {figures[figure]:.3f} < {floor}"


def test_no_invented_datelines(corpus):
    name, figures = corpus
    assert figures["dateline_false_positives"] <= FLOORS[name]["dateline_false_positives_max"]


def test_every_release_has_output(corpus):
    _name, figures = corpus
    assert figures["missing_outputs"] == 0
    assert figures["releases"] > 0


def test_samples_gold_covers_every_sample():
    """The samples gold has one annotation per release, and ids match."""
    path = CORPORA["samples"]
    ids = [json.loads(x)["id"] for x in (path / "releases.jsonl").read_text().splitlines() if x]
    gold = [json.loads(x)["id"] for x in (path / "gold.jsonl").read_text().splitlines() if x]
    assert len(ids) == 25 and sorted(ids) == sorted(gold)

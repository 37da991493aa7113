"""Quality gate: score the dev corpus with ../shared/eval/score.py; fail below the floors
pinned in tests/quality_floors.toml. Skips cleanly when ../shared is absent."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from transforms.records import SourceDocument, to_contract
from transforms.release import extract

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"
FLOORS = tomllib.loads((Path(__file__).parent / "quality_floors.toml").read_text())

pytestmark = pytest.mark.skipif(
    not (CORPUS / "releases.jsonl").exists() or not SCORER.exists(),
    reason="../shared corpus or scorer is absent",
)


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    predictions = tmp_path_factory.mktemp("gate") / "predictions.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for line in (CORPUS / "releases.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            doc = SourceDocument(
                source="dev",
                input_id=r["id"],
                url=r.get("url"),
                title=r.get("title"),
                published=r.get("published"),
                text=r.get("text"),
                organisation=r.get("organisation"),
                language=r.get("language"),
            )
            out.write(json.dumps(to_contract(extract(doc), r["id"]), ensure_ascii=False) + "\n")
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(CORPUS), "--predictions", str(predictions), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    summary = proc.stdout.rstrip().rsplit("\n", 1)[0]  # the JSON, before the summary line
    return json.loads(summary)


@pytest.mark.parametrize("figure", [k for k in FLOORS if not k.endswith("_max")])
def test_figure_above_floor(figures, figure):
    assert figures[figure] >= FLOORS[figure], f"{figure} {figures[figure]:.3f} < {FLOORS[figure]}"


def test_no_invented_datelines(figures):
    assert figures["dateline_false_positives"] <= FLOORS["dateline_false_positives_max"]


def test_every_release_has_output(figures):
    assert figures["missing_outputs"] == 0

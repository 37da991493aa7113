"""Hostile input: every rule is linear, so huge pathological pages end, with sane output.

Each case runs in a subprocess under a generous timeout (no timing thresholds that flake);
the assertions are about the output.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import json, sys
from transforms.records import SourceDocument
from transforms.release import extract
text = {expr}
result = extract(SourceDocument(source="hostile", text=text, title="t", published="2019-12-05"))
print(json.dumps({{"quotes": [q.text[:80] for q in result.quotes],
                  "agreements": len(result.agreements),
                  "dateline": result.release.dateline is not None,
                  "body": len(result.release.body_text)}}))
"""

CASES = [
    pytest.param("'“' * 2_500_000 + '\"' * 2_500_000", 0, id="5mb-of-quote-marks"),
    pytest.param("('“a ” \"b\" « ’ ‘ ' * 400_000)[:5_000_000]", 0, id="5mb-mixed-marks"),
    pytest.param("'a' * 1_000_000", 0, id="1mb-line-without-spaces"),
    pytest.param("'Ab-' * 333_333", 0, id="1mb-capitals-and-hyphens"),
    pytest.param("'VIENNA, ' + '– ' * 500_000", 0, id="dateline-then-dashes"),
    pytest.param("'5 December 2019 on Monday ' * 40_000", 0, id="1mb-of-dates"),
    pytest.param("'Secretary General Jürgen Stock ' * 30_000", 0, id="1mb-of-names"),
    pytest.param("'talks on Monday ' * 60_000", 0, id="1mb-of-weekdays-without-full-stops"),
    pytest.param("'word,\" he said. ' * 60_000", 0, id="1mb-of-orphan-closing-marks"),
    pytest.param("'“' + 'word ' * 200_000 + '”, said Ann Lee.'", 1, id="1mb-long-quote"),
]


@pytest.mark.parametrize(("expr", "n_quotes"), CASES)
def test_hostile_input_finishes_with_sane_output(expr, n_quotes):
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(expr=expr)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    assert len(out["quotes"]) == n_quotes
    assert out["dateline"] is expr.startswith("'VIENNA")  # only that one opens with a place
    assert out["body"] > 900_000

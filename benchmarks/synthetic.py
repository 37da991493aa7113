"""A synthetic warehouse of N releases, to measure what grows with the data (the report's size).

    python -m benchmarks.synthetic --releases 10000 --out /tmp/synthetic.jsonl
    pressroom ingest --from /tmp/synthetic.jsonl --source synthetic --data-dir /tmp/wh10k

Writes JSON Lines made from the bundled sample releases (the .jsonl and .txt ones), each
copy made distinct: its own URL, a publication date spread over ten years, one of several
organisations, and speakers renamed from a pool so that the warehouse has many speakers.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

from sources.files import iter_documents
from transforms.records import SourceDocument

REPO = Path(__file__).resolve().parents[1]
SAMPLES = (REPO / "samples" / "jsonl", REPO / "samples" / "text")
ORGANISATIONS = (
    "OSCE", "INTERPOL", "Europol", "NATO", "Council of Europe", "UNODC", "IOM",
    "Council of the European Union",
)  # fmt: skip
GIVEN = ("Anna", "Marek", "Leila", "Tomas", "Ines", "Kofi", "Mira", "Pavel", "Sara", "Jonas")
FAMILY = ("Novak", "Haddad", "Lindqvist", "Okafor", "Moreau", "Petrov", "Ruiz", "Tanaka")
FIRST_DAY, DAYS = date(2016, 1, 1), 3650


def templates() -> list[SourceDocument]:
    """The sample releases that carry their text (not HTML pages)."""
    found = []
    for folder in SAMPLES:
        found += [doc for doc in iter_documents(folder, "synthetic") if doc_has_text(doc)]
    return found


def doc_has_text(doc) -> bool:
    """A loaded release with a body (not a reject)."""
    return isinstance(doc, SourceDocument) and bool(doc.text)


def speaker_pool() -> list[str]:
    """Eighty made-up full names."""
    return [f"{given} {family}" for given in GIVEN for family in FAMILY]


def synthetic_line(number: int, template: SourceDocument, rng: random.Random) -> dict:
    """One distinct release made from a template."""
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    text = template.text
    names = speaker_pool()
    for word in sorted(set(_capitalised_pairs(text)))[:3]:
        text = text.replace(word, rng.choice(names))
    return {
        "id": f"synthetic-{number:06d}",
        "url": f"https://press.example.org/releases/{number:06d}",
        "title": f"{template.title} ({number})",
        "published": published.isoformat(),
        "organisation": rng.choice(ORGANISATIONS),
        "language": "en",
        "text": text,
    }


def _capitalised_pairs(text: str) -> list[str]:
    """'Given Family' pairs after 'said' (the speakers of the templates), to rename."""
    words = text.replace(",", " ").split()
    return [
        f"{first} {second}"
        for before, first, second in zip(words, words[1:], words[2:], strict=False)
        if before == "said" and first.istitle() and second.istitle() and second.isalpha()
    ]


def write_jsonl(path: Path, count: int, seed: int = 12) -> None:
    """count synthetic releases as JSON Lines."""
    rng = random.Random(seed)
    sources = templates()
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            line = synthetic_line(number, sources[number % len(sources)], rng)
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=10_000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write_jsonl(args.out, args.releases)
    print(f"{args.releases} releases written to {args.out}")


if __name__ == "__main__":
    main()

"""The NegEx/ConText yardstick: our assertion detection (sentence splitting, sectionizer and
ConText of extractors/pipeline.py, the condition given as the one target) beside medspaCy's
default ConText, on all 2,376 rows and separately on the two halves by report number.
The general rules in lexicons/context_rules_general.json were written looking only at
reports 1-60; reports 61-120 are the held-out half, so overfitting shows as a gap.

    python benchmarks/negex_bench.py [--errors N] [--json]

Reads ../shared/extdata/negex (never copied into the project). Also prints the seconds taken.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.qa import NEGEX_ATTRIBUTES, negex_errors, negex_scores, read_negex, run_negex  # noqa: E402

NEGEX = ROOT.parent / "shared" / "extdata" / "negex"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="list N of our disagreements on reports 1-60")
    parser.add_argument("--json", action="store_true", help="print the three tables as JSON")
    args = parser.parse_args()
    started = time.perf_counter()
    rows = read_negex(NEGEX / "rsAnnotations-1-120-random.txt", NEGEX / "Annotations-1-120.txt")
    predictions = run_negex(rows)
    seconds = time.perf_counter() - started
    splits = {"all": list(range(len(rows))),
              "reports 1-60 (tuned)": [i for i, r in enumerate(rows) if r.report and r.report <= 60],
              "reports 61-120 (held out)": [i for i, r in enumerate(rows) if r.report and r.report > 60]}
    tables = {}
    for name, indexes in splits.items():
        subset = [rows[i] for i in indexes]
        tables[name] = {"rows": len(subset),
                        "ours": negex_scores(subset, [predictions["ours"][i] for i in indexes]),
                        "baseline": negex_scores(subset, [predictions["baseline"][i] for i in indexes])}
    if args.json:
        print(json.dumps(tables, indent=2))
    else:
        for name, table in tables.items():
            print(f"{name}: {table['rows']} rows   (ours / medspaCy default; F1 ratio)")
            print(f"  accuracy (all four flags)  {table['ours']['accuracy']:.4f} / {table['baseline']['accuracy']:.4f}")
            print(f"  negation accuracy          {table['ours']['negation_accuracy']:.4f} / "
                  f"{table['baseline']['negation_accuracy']:.4f}")
            for attribute in NEGEX_ATTRIBUTES:
                ours, base = table["ours"][attribute], table["baseline"][attribute]
                ratio = ours["f1"] / base["f1"] if base["f1"] else float("nan")
                print(f"  {attribute:<12} F1 {ours['f1']:.4f} / {base['f1']:.4f}  ({ratio:.3f}x)  "
                      f"P {ours['precision']:.3f}/{base['precision']:.3f}  R {ours['recall']:.3f}/{base['recall']:.3f}"
                      f"  support {ours['support']}")
        print(f"{len(rows)} rows, both systems, in {seconds:.1f} s (published GenNegEx v1.2 negation F1: 0.946)")
    if args.errors:
        tuned = [rows[i] for i in splits["reports 1-60 (tuned)"]]
        tuned_predictions = [predictions["ours"][i] for i in splits["reports 1-60 (tuned)"]]
        for error in negex_errors(tuned, tuned_predictions)[:args.errors]:
            print(f"  report {error['report']} line {error['line']}: {error['attribute']} gold {error['gold']} | "
                  f"{error['condition']} | {error['sentence'][:140]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

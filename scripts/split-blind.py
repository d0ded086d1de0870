#!/usr/bin/env python3
"""Split the blind intent corpus into a tuning half and a reporting half.

Usage: python3 scripts/split-blind.py intents/testdata/blind-raw/writer_*.jsonl
       python3 scripts/split-blind.py --name generated intents/testdata/generated-raw/generated_*.jsonl

An item goes to intents/testdata/blind-tune.jsonl when the first byte of
sha256("delegatebot-blind:" + id) is even, else to blind-report.jsonl. The split
depends only on the id, so adding lines later never moves an existing item.
Lines that are not valid gold items (no id, text or expect) are dropped.
"""
import hashlib
import json
import os
import sys


def main(paths):
    prefix = "blind"
    if paths[:1] == ["--name"]:  # --name generated: generated-tune/-report.jsonl
        prefix, paths = paths[1], paths[2:]
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "intents", "testdata")
    tune, report, seen = [], [], set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    it = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if not all(k in it for k in ("id", "text", "expect")) or it["id"] in seen:
                    continue
                seen.add(it["id"])
                h = hashlib.sha256(("delegatebot-blind:" + str(it["id"])).encode()).digest()
                (tune if h[0] % 2 == 0 else report).append(json.dumps(it, ensure_ascii=False))
    for name, rows in ((prefix + "-tune.jsonl", tune), (prefix + "-report.jsonl", report)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(rows, key=lambda r: json.loads(r)["id"])) + "\n")
    print("tune %d  report %d" % (len(tune), len(report)))


if __name__ == "__main__":
    main(sys.argv[1:])

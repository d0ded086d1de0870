#!/usr/bin/env python3
"""Convert the blind PHI corpus and split it into tuning and reporting halves.

    python3 scripts/split_phi_corpus.py phi/testdata/blind-raw/writer_*.jsonl
    python3 scripts/split_phi_corpus.py --name generated phi/testdata/generated-raw/generated_*.jsonl

Each raw file (span values) is converted to the scorer format (byte offsets)
with check_phi.py's rules, then every message goes to
phi/testdata/blind-tune.jsonl or phi/testdata/blind-report.jsonl by the
parity of the first byte of sha256(id): deterministic, and independent of
order and of what the detector does (writers read before their split, in
TUNE_ONLY, go whole to the tuning half). Tune only on the tuning half; the
reporting half is scored, never read.
"""
import hashlib, json, sys

# Writers whose messages were read while tuning before they were split (the
# session of 2026-12-05 read writers tj and tk whole to choose its rules,
# the fourth of 2026-12-06 the generator hl, the fifth the generators ho,
# hp, hq and hr; the sixth added the generators hu, hv, hx and hz to the
# tuning data whole, the seventh ib, ic, ie, if, ih, ii, ij, ik, il, io,
# iq, is, iu and iv): all their messages go to the tuning half, so the
# reporting half stays unread.
TUNE_ONLY = ("tj", "tk", "hl", "ho", "hp", "hq", "hr", "hu", "hv", "hx", "hz", "ib", "ic", "ie", "if", "ih", "ii", "ij", "ik", "il",
             "io", "iq", "is", "iu", "iv")

TYPES = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
         "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS", "ADDRESS", "CREDIT_CARD"}


def convert(item):
    text = item["text"]
    b = text.encode("utf-8")
    pos, out = 0, []
    for s in item.get("spans", []):
        if s["type"] not in TYPES:
            raise ValueError("unknown type %r" % s["type"])
        v = s["value"].encode("utf-8")
        i = b.find(v, pos) if v else -1
        if i < 0:
            raise ValueError("value %r not found in reading order" % s["value"])
        out.append({"type": s["type"], "start": i, "end": i + len(v)})
        pos = i + len(v)
    tags = [t for t in item.get("tags", []) if t not in ("phi", "clean")] + (["phi"] if out else ["clean"])
    return {"id": item["id"], "text": text, "spans": out, "tags": tags}


def main():
    args = sys.argv[1:]
    prefix = "blind"
    if args[:1] == ["--name"]:  # e.g. --name generated: generated-tune/-report.jsonl
        prefix, args = args[1], args[2:]
    tune, report, bad, seen = [], [], 0, set()
    for path in args:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if item["id"] in seen:
                    raise ValueError("duplicate id")
                seen.add(item["id"])
                g = convert(item)
            except Exception as e:  # a malformed line is dropped, and counted
                bad += 1
                print(f"{path}:{n}: {e}", file=sys.stderr)
                continue
            h = hashlib.sha256(g["id"].encode()).digest()[0]
            (tune if h % 2 == 0 or g["id"].startswith(TUNE_ONLY) else report).append(g)
    for name, rows in ((prefix + "-tune", tune), (prefix + "-report", report)):
        rows.sort(key=lambda g: g["id"])
        with open(f"phi/testdata/{name}.jsonl", "w", encoding="utf-8") as f:
            for g in rows:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        print(f"phi/testdata/{name}.jsonl: {len(rows)} messages, {sum(1 for g in rows if g['spans'])} with PHI")
    print(f"dropped {bad} malformed lines")


if __name__ == "__main__":
    main()

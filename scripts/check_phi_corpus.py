#!/usr/bin/env python3
"""Validate a raw PHI corpus file written by a corpus author.

Raw line: {"id":"...","text":"...","spans":[{"type":"NAME","value":"Jane Roe"}, ...],"tags":[...]}
Each span value must occur in text; values are matched left to right in the order listed
(list them in reading order; a value written twice is listed twice).
With --convert OUT it writes the scorer format with byte offsets.
"""
import json, sys
TYPES = {"NAME","DATE","AGE","PHONE","EMAIL","SSN","MRN","HEALTH_PLAN_ID","ACCOUNT_NUMBER",
         "LICENSE_NUMBER","VEHICLE_ID","DEVICE_ID","URL","IP_ADDRESS","ADDRESS","CREDIT_CARD"}
def convert(item):
    text = item["text"]; b = text.encode("utf-8"); pos = 0; out = []
    for s in item.get("spans", []):
        if s["type"] not in TYPES: raise ValueError("unknown type %r" % s["type"])
        v = s["value"].encode("utf-8")
        if not v: raise ValueError("empty value")
        i = b.find(v, pos)
        if i < 0:
            i = b.find(v)
            if i < 0: raise ValueError("value %r not in text" % s["value"])
            raise ValueError("value %r not found after the previous span: list spans in reading order" % s["value"])
        out.append({"type": s["type"], "start": i, "end": i + len(v)}); pos = i + len(v)
    tags = list(item.get("tags", []))
    tags = [t for t in tags if t not in ("phi", "clean")] + (["phi"] if out else ["clean"])
    return {"id": item["id"], "text": text, "spans": out, "tags": tags}
def main():
    path = sys.argv[1]; outp = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--convert" else None
    ok = bad = 0; ids = set(); res = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip(): continue
        try:
            item = json.loads(line)
            if item["id"] in ids: raise ValueError("duplicate id")
            ids.add(item["id"]); res.append(convert(item)); ok += 1
        except Exception as e:
            bad += 1; print("line %d: %s" % (n, e))
    phi = sum(1 for r in res if r["spans"])
    print("%d ok (%d with PHI, %d clean), %d bad" % (ok, phi, ok - phi, bad))
    if outp:
        with open(outp, "w", encoding="utf-8") as f:
            for r in res: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sys.exit(1 if bad else 0)
main()

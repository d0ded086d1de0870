#!/usr/bin/env python3
"""Check that two delegatebot binaries give byte-identical `phi scan --jsonl`
output on every text of phi/testdata and intents/testdata, each also
upper-cased, lower-cased and joined with the next.

usage: scripts/phi-same.py BASE_BINARY NEW_BINARY

Prints only counts (and, for differences in *-tune/*-train files, the ids):
items of *-report files are never printed.
"""
import glob, json, os, subprocess, sys, tempfile

def main():
    base, new = sys.argv[1], sys.argv[2]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    files = sorted(glob.glob(os.path.join(root, "phi/testdata/*.jsonl")) +
                   glob.glob(os.path.join(root, "intents/testdata/*.jsonl")))
    items, private = [], set()
    for f in files:
        texts = []
        for line in open(f, encoding="utf-8"):
            line = line.strip()
            if line:
                texts.append(json.loads(line)["text"])
        tag = os.path.basename(f)
        for i, t in enumerate(texts):
            variants = [t, t.upper(), t.lower()]
            if i + 1 < len(texts):
                variants.append(t + " " + texts[i + 1])
            for j, v in enumerate(variants):
                id_ = "%s:%d:%d" % (tag, i, j)
                items.append({"id": id_, "text": v})
                if "report" in tag:
                    private.add(id_)
    data = "".join(json.dumps(x) + "\n" for x in items).encode()
    outs = []
    for b in (base, new):
        r = subprocess.run([b, "phi", "scan", "--jsonl"], input=data, capture_output=True, check=True)
        outs.append(r.stdout.splitlines())
    diff = 0
    if len(outs[0]) != len(outs[1]):
        print("line counts differ", len(outs[0]), len(outs[1]))
        sys.exit(1)
    for a, b in zip(outs[0], outs[1]):
        if a != b:
            diff += 1
            id_ = json.loads(a)["id"]
            if id_ not in private and diff <= 20:
                print("differs:", id_)
    print("%d messages, %d differences" % (len(items), diff))
    sys.exit(1 if diff else 0)

main()

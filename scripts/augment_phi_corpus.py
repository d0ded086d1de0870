#!/usr/bin/env python3
"""Derive robustness sets from a labelled PHI corpus (scorer format, byte offsets).

People type to the bot in lower case and with slips of the keyboard; the corpora
written for us hold some such messages, too few to tell whether the detector
copes. This script rewrites every message of a corpus the way a hurried typist
would, keeping the gold spans on the same values:

  lower  the whole message in lower case (values too: a lower-case name is
         still a name, PHI-LABELS.md rule 7)
  typo   one slip in about one word in six outside the gold values (a swap of
         neighbouring letters, a dropped or doubled letter, a neighbouring key),
         at most three per message; values are left as written

Every variant is deterministic (seeded by the message id), so the sets can be
regenerated and compared. Derive tune sets from tune halves and report sets from
report halves only: the report variants are scored, never read.

usage: augment_phi_corpus.py lower|typo OUT IN [IN...]
"""
import json
import random
import re
import sys
import zlib

KEYS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbours(c):
    """Letters next to c on a US keyboard (same row)."""
    for row in KEYS:
        i = row.find(c)
        if i >= 0:
            return [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
    return []


def slip(word, rng):
    """One typing slip in word (ASCII letters, length >= 4)."""
    n = len(word)
    kind = rng.choice(["swap", "drop", "double", "key"])
    i = rng.randrange(1, n - 1)  # keep the first letter, as people mostly do
    if kind == "swap" and word[i] != word[i + 1 if i + 1 < n else i - 1]:
        j = i + 1 if i + 1 < n else i - 1
        a, b = min(i, j), max(i, j)
        return word[:a] + word[b] + word[a] + word[b + 1:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    nb = neighbours(word[i].lower())
    if not nb:
        return word[:i] + word[i + 1:]
    r = rng.choice(nb)
    if word[i].isupper():
        r = r.upper()
    return word[:i] + r + word[i + 1:]


def lower(item):
    text = item["text"]
    out = []
    for ch in text:
        lc = ch.lower()
        # keep byte offsets: only characters whose lower case has the same UTF-8 length
        out.append(lc if len(lc.encode()) == len(ch.encode()) else ch)
    t = "".join(out)
    if t == text:
        return None
    return {"id": item["id"] + "-lc", "text": t, "spans": item["spans"],
            "tags": sorted(set(item.get("tags", [])) | {"lowercase"})}


WORD = re.compile(r"[A-Za-z]{4,}")


def typo(item):
    rng = random.Random(zlib.crc32(("typo:" + item["id"]).encode()))
    b = item["text"].encode()
    spans = sorted(item["spans"], key=lambda s: s["start"])
    # segments of text outside the gold values, as (start, end) byte ranges
    gaps, pos = [], 0
    for s in spans:
        gaps.append((pos, s["start"]))
        pos = s["end"]
    gaps.append((pos, len(b)))
    edits = {}  # byte start of a word -> (old bytes length, new bytes)
    budget = 3
    for g0, g1 in gaps:
        seg = b[g0:g1].decode("utf-8", errors="strict")
        boff = g0
        for m in WORD.finditer(seg):
            if budget == 0:
                break
            if rng.random() >= 1 / 6:
                continue
            w = m.group(0)
            nw = slip(w, rng)
            if nw == w:
                continue
            start = boff + len(seg[:m.start()].encode())
            edits[start] = (len(w), nw.encode())
            budget -= 1
    if not edits:
        return None
    out, shift_at = bytearray(), []  # shift_at: (byte position in old text, delta)
    pos = 0
    for start in sorted(edits):
        ln, nb = edits[start]
        out += b[pos:start] + nb
        shift_at.append((start, len(nb) - ln))
        pos = start + ln
    out += b[pos:]

    def moved(p):
        return p + sum(d for s, d in shift_at if s < p)

    ns = [{"type": s["type"], "start": moved(s["start"]), "end": moved(s["end"])} for s in spans]
    text = out.decode()
    for s, o in zip(ns, spans):
        assert out[s["start"]:s["end"]] == b[o["start"]:o["end"]], item["id"]
    return {"id": item["id"] + "-ty", "text": text, "spans": ns,
            "tags": sorted(set(item.get("tags", [])) | {"typo"})}


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("lower", "typo"):
        sys.exit(__doc__)
    fn = {"lower": lower, "typo": typo}[sys.argv[1]]
    n = 0
    with open(sys.argv[2], "w", encoding="utf-8") as w:
        for path in sys.argv[3:]:
            for line in open(path, encoding="utf-8"):
                item = json.loads(line)
                v = fn(item)
                if v is None:
                    continue
                w.write(json.dumps(v, ensure_ascii=False) + "\n")
                n += 1
    print(f"{sys.argv[2]}: {n} messages", file=sys.stderr)


if __name__ == "__main__":
    main()

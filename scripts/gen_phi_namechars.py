#!/usr/bin/env python3
"""Build the PHI guard's character model of name-likeness.

A naive Bayes model over the character 2-, 3- and 4-grams of a word (with
"^" and "$" marking its ends) learned from the embedded gazetteers: given
names and surnames that are no English word against English words that are
no name. It says how much a word nobody listed looks like a name ("okundaye",
"kiplagat") or like a word ("nephrology"). Run from the repository root
after scripts/gen_phi_gazetteer.py:

    python3 scripts/gen_phi_namechars.py

Writes phi/gazetteer/namechars.bin: 65,536 signed bytes, the log-odds
(name against word, times 16, clipped to +-127) of the grams whose 64-bit
FNV-1a hash falls in each bucket (hash mod 65,536); buckets sum their
grams' counts. Deterministic. Prints the held-out AUC (every fifth word by
CRC-32 held out of a check fit; the written table uses every word).
"""
import gzip, math, zlib
from collections import Counter

GAZ = "phi/gazetteer"
BUCKETS = 1 << 16
SCALE = 16
SMOOTH = 1.0


def load(name):
    d = {}
    with gzip.open(f"{GAZ}/{name}.tsv.gz", "rt") as f:
        for line in f:
            w, v = line.rstrip("\n").split("\t")[:2]
            d[w] = int(v)
    return d


def fnv(b):
    h = 14695981039346656037
    for c in b:
        h = ((h ^ c) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h


def grams(w):
    x = b"^" + w.encode() + b"$"
    return [x[i:i + n] for n in (2, 3, 4) for i in range(len(x) - n + 1)]


def fit(names, words):
    cn, cw = Counter(), Counter()
    for w in names:
        cn.update(fnv(g) % BUCKETS for g in grams(w))
    for w in words:
        cw.update(fnv(g) % BUCKETS for g in grams(w))
    nn, nw = sum(cn.values()), sum(cw.values())
    tab = bytearray(BUCKETS)
    for b in range(BUCKETS):
        lr = math.log((cn[b] + SMOOTH) / (nn + SMOOTH * BUCKETS)) - math.log((cw[b] + SMOOTH) / (nw + SMOOTH * BUCKETS))
        tab[b] = max(-127, min(127, round(lr * SCALE))) & 0xFF
    return tab


def score(tab, w):
    gs = grams(w)
    return sum((tab[fnv(g) % BUCKETS] ^ 0x80) - 0x80 for g in gs) / len(gs) / SCALE


def auc(pos, neg):
    xs = sorted([(s, 1) for s in pos] + [(s, 0) for s in neg])
    r = sum(i + 1 for i, (_, y) in enumerate(xs) if y)
    return (r - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def main():
    given, sur, word = load("given"), load("surname"), load("word")
    names = sorted(w for w in set(given) | set(sur) if w not in word)
    words = sorted(w for w in word if w not in given and w not in sur)
    held = lambda w: zlib.crc32(w.encode()) % 5 == 0
    tab = fit([w for w in names if not held(w)], [w for w in words if not held(w)])
    print("names %d words %d held-out AUC %.3f" % (len(names), len(words),
          auc([score(tab, w) for w in names if held(w)], [score(tab, w) for w in words if held(w)])))
    tab = fit(names, words)
    with open(f"{GAZ}/namechars.bin", "wb") as f:
        f.write(bytes(tab))


if __name__ == "__main__":
    main()

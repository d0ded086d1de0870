#!/usr/bin/env python3
"""Build phi/gazetteer/street.txt: USPS street suffixes (the C1 table of USPS
Publication 28: every common spelling and standard abbreviation of a street
type, "street", "st", "str", "terrace", "terr", "ter", ...), one lower-case
word a line, for the PHI scanner's address grammar.

Source: npm `parse-address` (pinned below; ISC licence), whose Street_Type
table is Publication 28's suffix table. Run from the repository root:

    python3 scripts/gen_phi_streets.py [--cache DIR]
"""
import argparse, os, re

from npmdata import fetch, write_words

PKG, VERSION = "parse-address", "1.1.2"
OUT = "phi/gazetteer/street.txt"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/tmp/phi-gazetteer-cache")
    args = ap.parse_args()
    src = open(os.path.join(fetch(args.cache, PKG, VERSION), "address.js"), encoding="utf-8").read()
    m = re.search(r"var Street_Type = \{(.*?)\};", src, re.S)
    if not m:
        raise SystemExit("parse-address: Street_Type table not found")
    words = set()
    for k, v in re.findall(r"^\s*([a-z]+)\s*:\s*\"([a-z]+)\"", m.group(1), re.M):
        words.add(k)
        words.add(v)
    write_words(OUT, words)


if __name__ == "__main__":
    main()

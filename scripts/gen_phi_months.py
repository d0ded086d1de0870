#!/usr/bin/env python3
"""Build phi/gazetteer/months.txt: the names of the months in the
languages, other than English, that patients and their families in a US
hospital write most often in Latin letters, one "name<TAB>month<TAB>marked" a line,
lower case, as written and ASCII-folded ("enero", "février" and
"fevrier", "marca"), so the
date pass reads "el 2 de enero", "né le 14 juillet 1931", "3. März" or
"3 marca 1950" as it reads "January 2".

Source: npm `cldr-dates-modern` (pinned below; the Unicode CLDR's
Gregorian calendar data, Unicode License v3): each language's wide month
names, in the format and the stand-alone forms (Polish and Czech inflect
them); and for Haitian Creole, which CLDR's modern set does not hold, npm
`date-fns` (pinned below; MIT): its `ht` locale's wide month names. Names of three letters or fewer are left out, and so are the
English month names (the English grammar reads them) and names that are
also given names of real use (log2 of US births 10 or more in the
scanner's given.tsv.gz: "marc", "mayo") are marked (a third column, 1):
the scanner reads them only after "de" ("5 de mayo"), as a number before
a name ("room 3 Marc Dupont") is no date.

It also writes phi/gazetteer/month_abbr.txt: the abbreviated month names
of the same languages ("abr", "ago", "dic", "févr"), three to five letters,
no English one and none that two months share, "abbr<TAB>month" a line;
the scanner reads them only inside a dashed date ("08-ago-1990").

Run from the repository root:

    python3 scripts/gen_phi_months.py [--cache DIR]
"""
import argparse, gzip, json, os, re

from npmdata import ascii_fold, fetch

PKG, VERSION = "cldr-dates-modern", "45.0.0"
DFNS, DFNS_VERSION = "date-fns", "4.1.0"
DFNS_LANGS = ["ht"]
OUT = "phi/gazetteer/months.txt"
LANGS = ["es", "fr", "pt", "it", "de", "pl", "nl", "ro", "fil", "sw", "so", "cs", "sk", "sv", "da", "nb", "ca"]
ABBR_OUT = "phi/gazetteer/month_abbr.txt"
# English abbreviations, which the English grammar reads
ENGLISH_ABBR = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
ENGLISH = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}


def forms(name):
    """A month's name as written and without its accents, lower case."""
    return {name.lower().strip("."), ascii_fold(name).lower().strip(".")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/tmp/phi-gazetteer-cache")
    args = ap.parse_args()
    d = fetch(args.cache, PKG, VERSION)
    given = {}
    with gzip.open("phi/gazetteer/given.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            w, v = line.rstrip("\n").split("\t")
            given[w] = int(v)
    names, abbr = {}, {}

    def add_wide(num, name):
        # as written and without its accents ("märz", "marz"): the scanner
        # reads the lower-case text as typed
        for w in forms(name):
            if len(w) > 3 and w.isalpha() and ascii_fold(w) not in ENGLISH:
                if names.get(w, num) != num:
                    raise SystemExit("month %r means %s and %s" % (w, names[w], num))
                names[w] = num

    def add_abbr(num, name):
        # read only inside a dashed date ("08-ago-1990", "3-déc-1941"),
        # where a short word cannot be another; a name that two months
        # share in different languages has no reading (0, not written)
        for w in forms(name):
            if 2 < len(w) <= 5 and w.isalpha() and w not in ENGLISH_ABBR:
                abbr[w] = num if abbr.get(w, num) == num else 0

    for lang in LANGS:
        with open(os.path.join(d, "main", lang, "ca-gregorian.json"), encoding="utf-8") as f:
            months = json.load(f)["main"][lang]["dates"]["calendars"]["gregorian"]["months"]
        for ctx in ("format", "stand-alone"):
            for num, name in months[ctx]["wide"].items():
                add_wide(int(num), name)
            for num, name in months[ctx]["abbreviated"].items():
                add_abbr(int(num), name)
    df = fetch(args.cache, DFNS, DFNS_VERSION)
    for lang in DFNS_LANGS:
        src = open(os.path.join(df, "locale", lang, "_lib", "localize.cjs"), encoding="utf-8").read()
        # the wide month names: the last of the locale's twelve-name lists
        wide = src[src.index("const monthValues"):]
        wide = wide[wide.index("wide:"):]
        wide = re.findall(r'"([^"]*)"', wide[:wide.index("]")])
        if len(wide) != 12:
            raise SystemExit("%s: %d wide month names" % (lang, len(wide)))
        for num, name in enumerate(wide, 1):
            add_wide(num, name)
    with open(ABBR_OUT, "w") as f:
        for w in sorted(abbr):
            if abbr[w]:
                f.write("%s\t%d\n" % (w, abbr[w]))
    print(ABBR_OUT, sum(1 for v in abbr.values() if v), "abbreviations")
    with open(OUT, "w") as f:
        for w in sorted(names):
            f.write("%s\t%d\t%d\n" % (w, names[w], 1 if given.get(ascii_fold(w), 0) >= 10 else 0))
    print(OUT, len(names), "names")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build phi/gazetteer/country.txt: country names and demonyms, one lower-case
single word a line, so the PHI name model does not take "Somali" or
"Nigeria" for a person's name. The last word of a multi-word demonym
("South Korean": "korean") and the languages of each country are listed
too ("Tagalog").

Source: npm `world-countries` (pinned below; data of mledoze/countries,
Open Database License 1.0, see phi/gazetteer/README.md). Run from the
repository root:

    python3 scripts/gen_phi_countries.py [--cache DIR]
"""
import argparse, json, os

from npmdata import ascii_fold, fetch

PKG, VERSION = "world-countries", "5.1.0"
OUT = "phi/gazetteer/country.txt"


def fold(s):
    return ascii_fold(s).lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/tmp/phi-gazetteer-cache")
    args = ap.parse_args()
    with open(os.path.join(fetch(args.cache, PKG, VERSION), "countries.json")) as f:
        countries = json.load(f)
    words = set()
    for c in countries:
        names = [c["name"]["common"]] + list(c.get("altSpellings", []))
        dem = c.get("demonyms", {}).get("eng", {})
        for n in names + [dem.get("f", ""), dem.get("m", "")]:
            n = fold(n)
            # single words only: the scanner tests one token
            if n.isalpha() and len(n) > 3:
                words.add(n)
        # the last word of each part of a demonym or language of several
        # words ("South Korean", "Antiguan, Barbudan", "Haitian Creole"),
        # never a leading word ("Cook", "Saint", "North")
        for n in [dem.get("f", ""), dem.get("m", "")] + list(c.get("languages", {}).values()):
            for part in fold(n).replace(" or ", ",").split(","):
                w = part.replace("-", " ").split()[-1:] or [""]
                if w[0].isalpha() and len(w[0]) > 3 and w[0] not in ("islander", "language"):
                    words.add(w[0])
    # the United Kingdom's constituent countries, which the package (one
    # entry a sovereign state) does not name: a closed set of four
    words.update(["england", "scotland", "wales", "ireland"])
    with open(OUT, "w") as f:
        f.write("".join(w + "\n" for w in sorted(words)))
    print(OUT, len(words), "words")


if __name__ == "__main__":
    main()

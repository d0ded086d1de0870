#!/usr/bin/env python3
"""Build phi/gazetteer/vehicle.txt: car makes and models as people name the
car a plate is on ("grey subaru 9XZW06", "the Camry, 7KLM221"), one
lower-case word a line, for the PHI scanner's plate reading.

Source: npm `@faker-js/faker` (pinned below, as for the name gazetteers;
MIT licence), the vehicle manufacturer and model lists of its Latin-script
locales. Only words of letters are kept (a name of two words by each:
"aston", "martin"), and no model that is one of the dictionary's 16,000
most frequent words (`word.tsv.gz` value 6 or more: "focus", "golf",
"charger"), so a word before a code ("the charger MX2201") is no car; a
make is dropped only among the 1,000 most frequent (value 10 or more:
"land" of "Land Rover"; "honda", "ford" and "tesla" stay).
Run from the repository root:

    python3 scripts/gen_phi_vehicles.py [--cache DIR]
"""
import argparse, gzip, json, os, re, subprocess

from npmdata import ascii_fold, fetch, write_words

PKG, VERSION = "@faker-js/faker", "10.6.0"
OUT = "phi/gazetteer/vehicle.txt"
WORDS = "phi/gazetteer/word.tsv.gz"


def faker_vehicles(pkg):
    js = ("import('./dist/index.js').then(m=>{const a=m.allLocales;const r=[[],[]];"
          "for(const k of Object.keys(a)){const v=a[k].vehicle;if(!v)continue;"
          "['manufacturer','model'].forEach((f,i)=>{for(const x of (v[f]||[]))if(typeof x==='string')r[i].push(x);});}"
          "process.stdout.write(JSON.stringify(r));})")
    out = subprocess.run(["node", "-e", js], cwd=pkg, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "phi-gazetteer-cache"))
    a = ap.parse_args()
    freq = {}
    with gzip.open(WORDS, "rt") as f:
        for line in f:
            w, v = line.rstrip("\n").split("\t")
            freq[w] = int(v)
    words = set()
    makes, models = faker_vehicles(fetch(a.cache, PKG, VERSION))
    for names, limit in ((makes, 10), (models, 6)):
        for name in names:
            for w in re.split(r"[\s&/-]+", ascii_fold(name).lower()):
                if len(w) >= 3 and w.isascii() and w.isalpha() and freq.get(w, 0) < limit:
                    words.add(w)
    write_words(OUT, words)


if __name__ == "__main__":
    main()

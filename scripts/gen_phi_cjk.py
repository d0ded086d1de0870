#!/usr/bin/env python3
"""Build phi/gazetteer/cjk_surname.txt: the surnames of Chinese, Korean and
Japanese names written in their own scripts, one "lang<TAB>surname" a line
(lang zh, ko or ja), for the PHI scanner's reading of names in Han, Hangul
and Kana text ("患者王小明", "김민준 씨", "田中花子さん"), which the
ASCII-folded gazetteers cannot hold.

Source: npm `@faker-js/faker` (pinned below, MIT licence), the last names of
its zh_CN, zh_TW, ko and ja locales. Run from the repository root:

    python3 scripts/gen_phi_cjk.py [--cache DIR]
"""
import argparse, json, os, subprocess

from npmdata import fetch

PKG, VERSION = "@faker-js/faker", "10.6.0"
OUT = "phi/gazetteer/cjk_surname.txt"
LOCALES = {"zh_CN": "zh", "zh_TW": "zh", "ko": "ko", "ja": "ja"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/tmp/phi-gazetteer-cache")
    args = ap.parse_args()
    pkg = fetch(args.cache, PKG, VERSION)
    js = ("import('./dist/index.js').then(m=>{const a=m.allLocales;const r={};"
          "const flat=x=>!x?[]:Array.isArray(x)?x:Object.values(x).flat();"
          "for(const k of %s){r[k]=flat(a[k].person.last_name).filter(v=>typeof v==='string');}"
          "process.stdout.write(JSON.stringify(r));})") % json.dumps(list(LOCALES))
    names = json.loads(subprocess.run(["node", "-e", js], cwd=pkg, check=True, capture_output=True, text=True).stdout)
    rows = set()
    for loc, lang in LOCALES.items():
        for n in names[loc]:
            n = n.strip()
            # one or two characters of the locale's script (Japanese: up to three)
            if 1 <= len(n) <= (3 if lang == "ja" else 2) and all(not c.isascii() for c in n):
                rows.add((lang, n))
    with open(OUT, "w") as f:
        for lang, n in sorted(rows):
            f.write(f"{lang}\t{n}\n")
    print(OUT, len(rows), "surnames")


if __name__ == "__main__":
    main()

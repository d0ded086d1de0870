#!/usr/bin/env python3
"""Build phi/gazetteer/freemail.txt.gz: the domains of free mail services
for private persons (gmail.com, aol.com, comcast.net, ...), one lower-case
domain a line, gzip-compressed. A name whose word is in the local part of
such an address in the message names the address's owner, a private
person (phi/detect_person.go, personalMailOf).

Source: npm `free-email-domains` (pinned below, MIT licence; the list of
HubSpot's free e-mail domains). Run from the repository root:

    python3 scripts/gen_phi_freemail.py [--cache DIR]
"""
import argparse, gzip, io, json, os

from npmdata import fetch

PKG, VERSION = "free-email-domains", "1.12.6"
OUT = "phi/gazetteer/freemail.txt.gz"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/tmp/phi-gazetteer-cache")
    args = ap.parse_args()
    with open(os.path.join(fetch(args.cache, PKG, VERSION), "domains.json")) as f:
        domains = sorted({d.strip().lower() for d in json.load(f) if d.strip() and d.isascii()})
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as g:
        g.write(("\n".join(domains) + "\n").encode())
    with open(OUT, "wb") as f:
        f.write(buf.getvalue())
    print(f"{OUT}: {len(domains)} domains, {len(buf.getvalue())} bytes")


if __name__ == "__main__":
    main()

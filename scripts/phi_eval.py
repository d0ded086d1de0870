#!/usr/bin/env python3
"""Score delegatebot's PHI guard on the corpora in phi/testdata, per message, and compare two builds.

  phi_eval.py sets DIR             build the scorer-format sets into DIR (see SETS below)
  phi_eval.py score BIN [SET...]   recall / precision / leak / clean pass of one binary per set
  phi_eval.py counts A B [SET...]  leaking / clean changed / false findings of two binaries, summed
  phi_eval.py cmp SET A B [N]      messages whose result differs between two binaries
  phi_eval.py show BIN SET [leak|fp] [N] [TYPE]  a sample of missed spans or false findings (tune sets)
Sets default to the held-out group ("held"); "tune" names the tune halves and their variants.
Results are cached per binary (by its content hash) in $PHI_EVAL_CACHE (default /tmp/phi-eval).
BIN is a built delegatebot binary; it is run as `BIN phi scan --jsonl < SET`.
Only aggregate figures are printed for held-out sets unless asked with cmp.
"""
import hashlib, json, os, pickle, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "eval"))
import score_phi  # noqa: E402

TD = os.path.join(ROOT, "phi", "testdata")
RAW = os.path.join(TD, "heldout-raw")
# name -> list of (kind, file): kind "raw" is a heldout-raw writer file, "conv" a scorer-format file.
SETS = {
    "req": [("raw", "writer_%s.jsonl" % w) for w in ("qa", "qj", "qq", "qr", "qs", "qt")],
    "hard": [("raw", "writer_%s.jsonl" % w) for w in ("qg", "qk", "qo", "qp", "qu", "qx")],
    "proxy": [("raw", "writer_%s.jsonl" % w) for w in ("uc", "qc", "k")],
    "genfhj": [("conv", "generated-%s-report.jsonl" % g) for g in ("f", "h", "j")],
    "g_klm": [("conv", "generated-klm-report.jsonl")],
    "newho": [("conv", "heldout-writers-pq-report.jsonl")],
    "hw": [("conv", "heldout-writers-report.jsonl")] + [("conv", "heldout-writers-%s-report.jsonl" % w) for w in
                                                       ("de", "lm", "q", "q2", "q3", "tu", "u", "v", "vwx", "z", "z2")],
    "w_tvw": [("conv", "heldout-writers-tvw-report.jsonl")],
    "w_txy": [("conv", "heldout-writers-txy-report.jsonl")],
    "rep6": [("conv", "blind-report.jsonl"), ("conv", "generated-report.jsonl")],
    "lower6": [("conv", "aug-lower-report.jsonl")],
    "typo6": [("conv", "aug-typo-report.jsonl")],
    "new_ig": [("conv", "generated-ig-report.jsonl")],
    "newk": [("conv", "heldout-writers-k-report.jsonl")],
    "tbase": [("conv", "blind-tune.jsonl"), ("conv", "generated-tune.jsonl")],
    "ltune": [("conv", "aug-lower-tune.jsonl")],
    "ttune": [("conv", "aug-typo-tune.jsonl")],
    "dev": [("dev", "phi-dev.jsonl")],
}
for g in ("u", "hc", "hf", "hh", "hi", "hj", "hk"):
    SETS["g_" + g] = [("conv", "generated-%s-report.jsonl" % g)]
for g in ("hm", "hn", "hs", "ht", "hy", "ia"):
    SETS["n_" + g] = [("conv", "generated-%s-report.jsonl" % g)]
GROUPS = {
    "held": ["req", "hard", "proxy", "genfhj", "g_klm", "newho", "hw", "w_tvw", "w_txy", "rep6", "lower6", "typo6",
             "new_ig", "g_u", "g_hc", "g_hf", "g_hh", "g_hi", "g_hj", "g_hk", "n_hm", "n_hn", "n_hs", "n_ht",
             "n_hy", "n_ia", "newk"],
    "tune": ["tbase", "ltune", "ttune"],
}
SETDIR = os.environ.get("PHI_EVAL_SETS", "/tmp/phi-sets")
CACHE = os.environ.get("PHI_EVAL_CACHE", "/tmp/phi-eval")


def build(d):
    sys.path.insert(0, HERE)
    os.makedirs(d, exist_ok=True)
    for name, parts in SETS.items():
        lines = []
        for kind, f in parts:
            if kind == "raw":
                out = subprocess.run([sys.executable, os.path.join(HERE, "check_phi_corpus.py"), os.path.join(RAW, f),
                                      "--convert", "/dev/stdout"], capture_output=True, text=True, check=True).stdout
                lines += [ln for ln in out.splitlines() if ln.startswith("{")]
            elif kind == "dev":
                lines += open(os.path.join(ROOT, "..", "shared", "eval", f), encoding="utf-8").read().splitlines()
            else:
                lines += open(os.path.join(TD, f), encoding="utf-8").read().splitlines()
        with open(os.path.join(d, name + ".jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(ln for ln in lines if ln.strip()) + "\n")
        print(name, len(lines))


def expand(names):
    out = []
    for n in names or ["held"]:
        out += GROUPS.get(n, [n])
    return out


def binhash(b):
    return hashlib.sha1(open(b, "rb").read()).hexdigest()[:12]


def scan(binary, name):
    """The gold messages of one set and the binary's predictions for them, by id."""
    path = os.path.join(SETDIR, name + ".jsonl")
    gold = score_phi.load_jsonl(path)
    out = subprocess.run([binary, "phi", "scan", "--jsonl"], stdin=open(path, "rb"), capture_output=True,
                         check=True).stdout.decode()
    return gold, {p["id"]: p for p in (json.loads(ln) for ln in out.splitlines() if ln.strip())}


def per_message(binary, name):
    """[(id, is_phi, leaked_or_changed, false_findings, gold spans, found spans, findings)] for one set, cached."""
    os.makedirs(CACHE, exist_ok=True)
    key = os.path.join(CACHE, "%s_%s.pkl" % (binhash(binary), name))
    if os.path.exists(key):
        return pickle.load(open(key, "rb"))
    gold, preds = scan(binary, name)
    res = []
    for g in gold:
        p = preds.get(g["id"], {})
        finds = [(int(f["start"]), int(f["end"]), f["type"]) for f in p.get("findings") or []]
        red = p.get("redacted")
        spans = g["spans"]
        iv = [(s["start"], s["end"]) for s in spans]
        fp = sum(1 for s, e, _ in finds if e <= s or score_phi.covered(s, e, iv) * 2 < e - s)
        found = sum(1 for sp in spans if any(score_phi.overlap(s, e, sp["start"], sp["end"]) * 2 >=
                                             sp["end"] - sp["start"] for s, e, _ in finds))
        if spans:
            bad = score_phi.leaks(g["text"], spans, red)[0]
        else:
            bad = red != g["text"]
        res.append((g["id"], bool(spans), bool(bad), fp, len(spans), found, len(finds)))
    pickle.dump(res, open(key, "wb"))
    return res


def summary(res):
    phi = [r for r in res if r[1]]
    clean = [r for r in res if not r[1]]
    gold = sum(r[4] for r in res)
    found = sum(r[5] for r in res)
    nf = sum(r[6] for r in res)
    fp = sum(r[3] for r in res)
    return (found / gold if gold else 0, (nf - fp) / nf if nf else 0, sum(r[2] for r in phi) / max(1, len(phi)),
            1 - sum(r[2] for r in clean) / max(1, len(clean)))


def main():
    a = sys.argv[1:]
    if not a:
        sys.exit(__doc__)
    cmd = a[0]
    if cmd == "sets":
        build(a[1] if len(a) > 1 else SETDIR)
    elif cmd == "score":
        for n in expand(a[2:]):
            r, p, lk, cl = summary(per_message(a[1], n))
            print("%-8s %.3f / %.3f / %4.1f%% / %.3f" % (n, r, p, 100 * lk, cl))
    elif cmd == "counts":
        tot = [0] * 6
        for n in expand(a[3:]):
            ra, rb = per_message(a[1], n), per_message(a[2], n)
            c = [sum(r[2] for r in ra if r[1]), sum(r[2] for r in rb if r[1]),
                 sum(r[2] for r in ra if not r[1]), sum(r[2] for r in rb if not r[1]),
                 sum(r[3] for r in ra), sum(r[3] for r in rb)]
            tot = [x + y for x, y in zip(tot, c)]
            print("%-8s leak %5d -> %5d  clean-changed %5d -> %5d  FP %6d -> %6d" % (n, *c))
        print("%-8s leak %5d -> %5d  clean-changed %5d -> %5d  FP %6d -> %6d" % ("TOTAL", *tot))
    elif cmd == "cmp":
        name, ba, bb = a[1], a[2], a[3]
        lim = int(a[4]) if len(a) > 4 else 20
        gold = {g["id"]: g for g in score_phi.load_jsonl(os.path.join(SETDIR, name + ".jsonl"))}
        ra, rb = per_message(ba, name), per_message(bb, name)
        n = 0
        for x, y in zip(ra, rb):
            if x[2] != y[2] or x[3] != y[3]:
                n += 1
                if n <= lim:
                    print("%s phi=%s bad %s->%s fp %d->%d | %s" % (x[0], x[1], x[2], y[2], x[3], y[3],
                                                                    gold[x[0]]["text"][:300].replace("\n", " / ")))
        print(n, "differ")
    elif cmd == "show":
        show(a[1], a[2], a[3] if len(a) > 3 else "leak", int(a[4]) if len(a) > 4 else 20, a[5] if len(a) > 5 else "")
    else:
        sys.exit(__doc__)


def show(binary, name, what, lim, typ):
    """Print a random sample of one set's leaking spans ("leak") or false findings ("fp"), of one type if given."""
    import random
    gold, preds = scan(binary, name)
    rows = []
    for g in gold:
        p = preds.get(g["id"], {})
        b = g["text"].encode()
        finds = [(int(f["start"]), int(f["end"]), f["type"]) for f in p.get("findings") or []]
        iv = [(s["start"], s["end"]) for s in g["spans"]]
        if what == "fp":
            for s, e, t in finds:
                if (not typ or t == typ) and score_phi.covered(s, e, iv) * 2 < e - s:
                    rows.append("%s [%s] %r | %s" % (g["id"], t, b[s:e].decode(errors="replace"),
                                                      g["text"][:400].replace("\n", " / ")))
        else:
            for sp in g["spans"]:
                ln = sp["end"] - sp["start"]
                if (not typ or sp["type"] == typ) and not any(
                        score_phi.overlap(s, e, sp["start"], sp["end"]) * 2 >= ln for s, e, _ in finds):
                    rows.append("%s [%s] %r | %s" % (g["id"], sp["type"], b[sp["start"]:sp["end"]].decode(
                        errors="replace"), g["text"][:400].replace("\n", " / ")))
    random.seed(int(os.environ.get("SEED", "1")))
    print(len(rows), "rows")
    for r in random.sample(rows, min(lim, len(rows))):
        print(r)


main()

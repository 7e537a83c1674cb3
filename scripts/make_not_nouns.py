"""Make bot/language/not_nouns.txt, the English words that are never a noun ("presently",
"currently", "lived", "located"), from the lemma table of lemminflect 0.2.3 (MIT; its lexicon is
the NLM SPECIALIST Lexicon), resources/lemma_lu.csv.gz in its wheel. Run at dev time only; the
bot reads the list, never lemminflect:

    pip download lemminflect==0.2.3 --no-deps -d /tmp/lm && unzip -d /tmp/lm /tmp/lm/*.whl
    python scripts/make_not_nouns.py /tmp/lm/lemminflect/resources/lemma_lu.csv.gz [PARTS] \
        > bot/language/not_nouns.txt

Kept: lower-case words of letters only that the table gives no noun reading, nor a proper-noun
one (capitalised), and one of PARTS (default `r`), one a line with the parts of speech it does
give: `v` verb (or auxiliary), `a` adjective, `r` adverb ("open arv"). Only adverbs are shipped:
with verbs and adjectives too ("var", 27,500 words, 320 kB) the matcher ran more wrong queries
("wines produced by …", "the airport … located in"), so the list stays small (m-recall10).
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict

_CODES = {"verb": "v", "aux": "v", "adj": "a", "adv": "r"}


def table(path: str) -> dict[str, str]:
    """Each word the lemma table never reads as a noun, with its parts of speech' codes."""
    pos: dict[str, set[str]] = defaultdict(set)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            word, tag, _lemmas = line.rstrip("\n").split(",", 2)
            pos[word].add(tag)
    out = {}
    for word, tags in pos.items():
        if not (word.isalpha() and word.isascii() and word.islower()):
            continue
        if "noun" in tags or "noun" in pos.get(word.capitalize(), ()):
            continue
        codes = "".join(sorted({_CODES[t] for t in tags if t in _CODES}))
        if codes:
            out[word] = codes
    return out


def main() -> None:
    parts = sys.argv[2] if len(sys.argv) > 2 else "r"
    print(f"# English words never read as nouns, read as {parts}, from lemminflect 0.2.3's lemma")
    print("# table (the NLM SPECIALIST Lexicon), made by scripts/make_not_nouns.py; licence in")
    print("# not_nouns_LICENSE.txt. Codes: v verb, a adjective, r adverb.")
    for word, codes in sorted(table(sys.argv[1]).items()):
        if any(c in parts for c in codes):
            print(f"{word} {codes}")


if __name__ == "__main__":
    main()

"""The word test of a slash command's text (issue 9, hostile input with no words).

`bare_words` finds the readable words of a request: none in text made only of punctuation,
emoji, Slack markup and invisible characters, ["help"] in a decorated "help". `without_invisible`
drops the characters that show nothing, and the matcher's `clean` drops them through it, so a
word with zero-width characters or Hangul fillers inside still reads as the word.
"""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language.request_text import bare_words, without_invisible
from bot.language.textnorm import clean, words

FAST = settings(max_examples=200, deadline=None, derandomize=True)
HANGUL_FILLERS = "\u115f\u1160\u3164\uffa0"
FORMAT_CHARS = "".join(
    chr(cp) for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)) == "Cf"
)
invisible = st.sampled_from(FORMAT_CHARS + HANGUL_FILLERS)
markup = st.sampled_from(
    ["<!here>", "<!channel>", "<@U0123ABC>", "<#C0123ABC|general>", "<!subteam^S0123|@data>",
     "<https://example.com>", ":tada:", ":+1:", "🎉", "👍🏽", "❤️", "&gt;", "&amp;", "...", "?!",
     "**", "`", "~", "_", "—", "“”", " ", "\n", "\t"]
)  # fmt: skip
wordless = st.lists(st.one_of(markup, invisible), max_size=40).map("".join)


@FAST
@given(text=st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    found = bare_words(text)
    assert all(w and w == w.lower() for w in found)
    assert all(_visible(ch) for ch in without_invisible(text))
    clean(text)


def test_a_hundred_kilobytes_of_mixed_text_never_crashes() -> None:
    unit = "rev\u200benue 🎉 <!here> \u3164 &gt; ✓ \x00 "
    n = 100_000 // len(unit)
    assert bare_words(unit * n) == ["revenue"] * n


def _visible(ch: str) -> bool:
    return ch not in HANGUL_FILLERS and unicodedata.category(ch) != "Cf"


@FAST
@given(text=st.lists(invisible, min_size=1, max_size=30).map("".join))
def test_text_made_of_invisible_characters_is_bare(text: str) -> None:
    assert without_invisible(text) == ""
    assert bare_words(text) == []


@FAST
@given(text=wordless)
def test_punctuation_emoji_and_slack_markup_are_bare(text: str) -> None:
    assert bare_words(text) == []


@FAST
@given(
    cuts=st.lists(st.tuples(st.integers(1, 6), invisible), min_size=1, max_size=4),
    word=st.sampled_from(["revenue", "region", "signups", "help"]),
)
def test_a_word_with_invisible_characters_inside_still_reads_as_the_word(
    cuts: list[tuple[int, str]], word: str
) -> None:
    text = word
    for at, ch in cuts:
        text = text[:at] + ch + text[at:]
    assert bare_words(text) == [word]
    assert [w for w, _, _ in words(clean(f"{text} by day"))] == [word, "by", "day"]


@pytest.mark.parametrize(
    "text",
    ["help", "**help**", "help?", "`help`", "HELP!!!", "_help_", "<@U0BOT0001> help",
     "\u200bhelp\u200b", "ｈｅｌｐ", "h\u0336e\u0336l\u0336p\u0336", "&gt; help"],
)  # fmt: skip
def test_help_however_decorated_is_help(text: str) -> None:
    assert bare_words(text) == ["help"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("help me with revenue", ["help", "me", "with", "revenue"]),
        ("<https://example.com|revenue report> ?", ["revenue", "report"]),
        ("42", ["42"]),
        ("ventes par région", ["ventes", "par", "region"]),
    ],
)
def test_text_with_words_is_not_bare(text: str, expected: list[str]) -> None:
    assert bare_words(text) == expected


def test_the_matcher_drops_every_invisible_character_not_only_the_zero_width_ones() -> None:
    """Hangul fillers (letters to Unicode) and format characters such as the Arabic letter mark
    or the Mongolian vowel separator split a word apart before `clean` used `without_invisible`."""
    text = clean("reve\u3164nue by re\u061cgion per mo\u180enth")
    assert [w for w, _, _ in words(text)] == ["revenue", "by", "region", "per", "month"]

"""Request words: how hyphenated words become tokens."""

from __future__ import annotations

from bot.language.textnorm import words


def test_a_two_part_hyphenated_word_is_one_word() -> None:
    assert [w for w, _s, _e in words("sign-ups and re-runs")] == ["signups", "and", "reruns"]


def test_a_phrase_written_with_hyphens_gives_its_words_with_their_spans() -> None:
    text = "month-over-month revenue, out-of-stock items"
    toks = words(text)
    assert [w for w, _s, _e in toks] == [
        "month",
        "over",
        "month",
        "revenue",
        "out",
        "of",
        "stock",
        "items",
    ]
    for w, s, e in toks:
        assert text[s:e].lower() == w


def test_dates_and_codes_with_hyphens_stay_one_token() -> None:
    assert [w for w, _s, _e in words("on 2026-11-03")] == ["on", "20261103"]

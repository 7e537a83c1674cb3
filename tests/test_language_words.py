"""Request words: how hyphenated words become tokens."""

from __future__ import annotations

from bot.language.textnorm import clean, is_noise, words


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


def test_shorthand_and_times_of_day_are_cleaned() -> None:
    assert clean("who cancelled, w/ the MRR we lost").split() == [
        "who",
        "cancelled,",
        "with",
        "the",
        "MRR",
        "we",
        "lost",
    ]
    assert clean("revenue w/o refunds") == "revenue without refunds"
    assert clean("w/e") == "w/e"
    assert clean("for the 10am call").split() == ["for", "the", "call"]
    assert clean("by 3 pm, top 3 customers").split() == ["by", ",", "top", "3", "customers"]


def test_lately_is_filler_like_recently() -> None:
    assert is_noise("lately") and is_noise("recently")


def test_thanks_in_other_languages_is_filler() -> None:
    assert all(is_noise(w) for w, _s, _e in words("danke schön, merci, gracias"))

"""sign_word_before finds what a search of the whole text before the number found."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language.sign_words import SIGN_WORD, sign_word_before

pieces = st.sampled_from(
    ["minus", "negative", "MINUS", "Negative", "xminus", "_", "-", "5", " ", "  ", "\n", "\t",
     "\u00a0", "\u2028", "a", "ten", "s"]
)  # fmt: skip


@settings(max_examples=500, deadline=None, derandomize=True)
@given(parts=st.lists(pieces, max_size=12), cut=st.integers(0, 80))
def test_the_sign_word_is_the_one_a_search_of_the_slice_finds(parts: list[str], cut: int) -> None:
    text = "".join(parts) + " 10"
    s = min(cut, len(text))
    fast, whole = sign_word_before(text, s), SIGN_WORD.search(text[:s])
    assert (fast and fast.span()) == (whole and whole.span()), (text, s)


def test_a_sign_word_before_a_number_is_found_at_its_place() -> None:
    text = "below minus  ten and negative\n5"
    sign = sign_word_before(text, text.index("ten"))
    assert sign is not None and sign.start() == text.index("minus")
    assert sign_word_before(text, len(text) - 1).start() == text.index("negative")  # type: ignore[union-attr]
    assert sign_word_before("dominus 5", 8) is None

"""Near ties a query file can decide (issue 10): "how many X" between a listing whose rows are
the X counted and queries of figures per group. Each test runs on a small library written here,
with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from support import library_of as _library

from bot.library.model import Library
from bot.matching import tie_rows
from bot.matching.matcher import clear_index_cache, index_for, match

TODAY = date(2026, 11, 22)

BOOK_CATALOGUE = (
    "title: Book catalogue\n"
    "description: >\n"
    "  The books the library holds, one row per book with its genre (novel, poetry or\n"
    "  essay). Optionally one book by title, or only the books of one genre.\n"
    "examples: [list of books we hold, which books count as poetry, every essay on the shelves]\n"
    "keywords: [book, books, catalogue, catalog, list, genre, genres, kind, novel, poetry,\n"
    "           essay, held, on the shelves]\n"
    "params:\n"
    "  book: {type: string, optional: true, label: book title}\n"
    "  genre:\n"
    "    type: choice\n"
    "    optional: true\n"
    "    choices: [novel, poetry, essay]\n"
    "    synonyms: {novels: novel, poems: poetry, essays: essay}",
    "SELECT Title AS book, Genre AS genre FROM Book_Genre WHERE 1 = 1\n"
    "{% if book %}AND Title = :book\n{% endif %}"
    "{% if genre %}AND Genre = :genre\n{% endif %}ORDER BY Genre, Title",
)
GENRE_OVERVIEW = (
    "title: Book genres overview\n"
    "description: >\n"
    "  One row per genre (novel, poetry, essay): how many books of that genre the catalogue\n"
    "  holds and how many loans of them are on file.\n"
    "examples: [breakdown of book genres, how many books fall under each genre]\n"
    "keywords: [genre, genres, book genre, kind, kinds, breakdown, per genre, each genre, novel,\n"
    "           poetry, essay, books, number, count, loans]",
    "SELECT g.Genre AS genre, COUNT(DISTINCT g.Title) AS books_in_catalogue,\n"
    "COUNT(l.LoanID) AS loans FROM Book_Genre AS g LEFT JOIN Loans AS l ON l.Title = g.Title\n"
    "GROUP BY g.Genre ORDER BY books_in_catalogue DESC",
)


def _books(tmp_path: Path) -> Library:
    clear_index_cache()
    return _library(
        tmp_path / "lib", {"book_catalogue": BOOK_CATALOGUE, "genre_overview": GENRE_OVERVIEW}
    )


@pytest.mark.parametrize(
    "text",
    ["How many books are poetry?", "How many poetry books are there?", "count the poetry books"],
)
def test_a_count_of_rows_takes_the_listing_of_what_is_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    lib = _books(tmp_path)
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params.get("genre")) == ("matched", "book_catalogue", "poetry")
    monkeypatch.setattr(tie_rows, "COUNTED_ROWS_BREAK_TIE", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert d.status == "ambiguous"
    assert {c.query for c in d.candidates} == {"book_catalogue", "genre_overview"}


@pytest.mark.parametrize(
    "text", ["How many poetry books per genre?", "the number of books and loans of poetry"]
)
def test_a_count_per_group_or_beside_other_figures_is_no_count_of_rows(
    tmp_path: Path, text: str
) -> None:
    assert match(text, _books(tmp_path), TODAY).query != "book_catalogue"


def test_a_listing_that_asks_for_a_value_counts_no_rows(tmp_path: Path) -> None:
    # one genre's books only: "how many books" over every genre is not its number of rows
    one_genre = (
        BOOK_CATALOGUE[0].replace("optional: true\n    choices", "choices"),
        BOOK_CATALOGUE[1],
    )
    clear_index_cache()
    lib = _library(
        tmp_path / "lib", {"book_catalogue": one_genre, "genre_overview": GENRE_OVERVIEW}
    )
    d = match("How many books are there?", lib, TODAY)
    assert d.query != "book_catalogue"


MEMBER_LOANS = (
    "title: Members and their loans\n"
    "description: One row per library member with name, city and how many books they borrowed.\n"
    "examples: [books borrowed by each member, which member borrows the most]\n"
    "keywords: [member, members, reader, readers, borrowed, borrow, loans, books, name, city]\n"
    "params:\n"
    "  member: {type: string, optional: true, label: member name}",
    "SELECT m.member_name, m.city, COUNT(l.LoanID) AS books FROM Members AS m "
    "LEFT JOIN Loans AS l ON l.MemberID = m.MemberID WHERE 1 = 1\n"
    "{% if member %}AND m.member_name = :member\n{% endif %}"
    "GROUP BY m.member_name, m.city ORDER BY books DESC",
)


@pytest.mark.parametrize(("book", "first"), [(None, None), ("Ann Lee", 1)])
def test_a_count_shown_per_a_value_said_is_no_count_of_rows(
    tmp_path: Path, book: str | None, first: int | None
) -> None:
    # "how many books has Ann Lee borrowed": the books column of her row, when only the
    # query of members took her name; the listing's rows when it took the name too
    clear_index_cache()
    lib = _library(
        tmp_path / "lib", {"member_loans": MEMBER_LOANS, "book_catalogue": BOOK_CATALOGUE}
    )
    by_name = {q.name: q for q in lib}
    tied = [
        (0.8, by_name["member_loans"], SimpleNamespace(binds={"member": "Ann Lee"}, missing=[])),
        (0.79, by_name["book_catalogue"], SimpleNamespace(binds={"book": book}, missing=[])),
    ]
    text = 'how many books has "ann lee" borrowed?'
    assert tie_rows.rows_counted_first(text, tied, index_for(lib).fit_of) == first

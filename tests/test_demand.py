"""Demand grouping: recurring unanswered requests, grouped by similar wording."""

from __future__ import annotations

import random

from bot.tickets.demand import clean_text, content_words, group_requests, normalise, stem

LTV = [
    (101, "what's our customer lifetime value by signup channel?"),
    (104, "<@U0ALICE001> can we get LTV broken down by signup channel? :pray:"),
    (109, "customer LTV per acquisition channel please"),
    (115, "lifetime value of customers by the channel they signed up through"),
    (120, "LTV by channel for Q3"),
]
NPS = [
    (102, "what's the NPS for enterprise customers?"),
    (110, "NPS score for enterprise plan customers last quarter"),
    (118, "net promoter score among enterprise accounts"),
]
ONE_OFFS = [
    (103, "can someone set up a Looker explore for the subscriptions data?"),
    (105, "please give me read access to the s3 bucket with the raw order exports"),
    (106, "can you predict how many customers will churn in December?"),
    (107, "add a coupon_code field to the orders table"),
    (108, "set up a slack alert when daily active users drop below 10k"),
    (111, "export all customer emails from EMEA to a CSV for the marketing campaign"),
    (112, "the events table has no rows for Nov 3, can you re-run the ingestion job?"),
]
TICKETS = LTV + NPS + ONE_OFFS


def _group_of(groups, ticket_id):  # type: ignore[no-untyped-def]
    return next(g for g in groups if ticket_id in g.ticket_ids)


def test_normalise_strips_markup_and_folds_numbers_dates_and_abbreviations() -> None:
    assert normalise("<@U0BOB00001> LTV by signup channel :tada: https://x.io/a?b=1") == [
        "ltv",
        "signup",
        "channel",
    ]
    assert normalise("customer lifetime value since 2026-10-01, top 20") == [
        "customer",
        "ltv",
        "DATE",
        "top",
        "#",
    ]
    assert normalise("Refunds in October vs last month") == ["refund", "DATE", "DATE"]
    assert normalise("people who signed up, sign-ups and signups") == [
        "people",
        "signup",
        "signup",
        "signup",
    ]


def test_stem_is_light() -> None:
    assert [stem(w) for w in ("customers", "categories", "churned", "billing", "running")] == [
        "customer",
        "category",
        "churn",
        "bill",
        "run",
    ]
    assert [stem(w) for w in ("status", "sales", "class", "bus", "ltv")] == [
        "status",
        "sales",
        "class",
        "bus",
        "ltv",
    ]


def test_clean_text_keeps_link_labels_and_drops_mentions() -> None:
    assert (
        clean_text("<@U0ALICE001> see <https://looker.example.com/x|the dashboard> :eyes:  thx")
        == "see the dashboard thx"
    )
    assert content_words("Can someone pull LTV by signup channel for Q3?") == [
        "ltv",
        "signup",
        "channel",
    ]


def test_paraphrases_group_together_and_other_topics_apart() -> None:
    groups = group_requests(TICKETS)
    ltv = _group_of(groups, 101)
    assert sorted(ltv.ticket_ids) == [t for t, _ in LTV]
    nps = _group_of(groups, 102)
    assert nps.ticket_ids == [t for t, _ in NPS]
    assert ltv is not nps
    for ticket_id, _ in ONE_OFFS:
        group = _group_of(groups, ticket_id)
        assert group.count == 1 and group.ticket_ids == [ticket_id]
    assert sum(g.count for g in groups) == len(TICKETS)


def test_groups_are_described_for_people() -> None:
    groups = group_requests(TICKETS)
    ltv = groups[0]
    assert ltv.count == 5
    assert ltv.label == ltv.examples[0]
    assert len(ltv.examples) == 3 and len(set(ltv.examples)) == 3
    assert all("<@" not in e and ":pray:" not in e for e in ltv.examples)
    assert {"ltv", "channel", "signup"} <= set(ltv.top_terms)
    assert len(ltv.top_terms) <= 5
    assert groups[1].top_terms[0] in ("nps", "enterprise")


def test_order_by_count_then_most_recent() -> None:
    groups = group_requests(TICKETS)
    assert [g.count for g in groups] == [5, 3, 1, 1, 1, 1, 1, 1, 1]
    singles = [g.ticket_ids[0] for g in groups if g.count == 1]
    assert singles == sorted(singles, reverse=True)
    # Two groups of equal size: the one with the most recent ticket comes first.
    tied = group_requests(
        [(1, "LTV by signup channel"), (2, "LTV per signup channel"), (3, "NPS by plan")]
        + [(4, "NPS split by plan")]
    )
    assert [g.ticket_ids for g in tied] == [[3, 4], [1, 2]]


def test_min_count_drops_one_offs() -> None:
    groups = group_requests(TICKETS, min_count=2)
    assert [g.count for g in groups] == [5, 3]


def test_threshold_controls_how_loose_groups_are() -> None:
    strict = group_requests(LTV, threshold=0.95)
    assert len(strict) == len(LTV)
    loose = group_requests(LTV + NPS, threshold=0.01)
    assert len(loose) < len(LTV + NPS)


def test_result_does_not_depend_on_input_order() -> None:
    shuffled = list(TICKETS)
    random.Random(3).shuffle(shuffled)
    assert group_requests(shuffled) == group_requests(TICKETS)
    assert group_requests(TICKETS) == group_requests(TICKETS)


def test_duplicates_and_empty_texts() -> None:
    groups = group_requests(
        [(1, "churn by plan"), (2, "churn by plan"), (3, ":wave:"), (4, "hi"), (5, "")]
    )
    assert groups[0].ticket_ids == [1, 2]
    assert groups[0].examples == ["churn by plan"]
    empties = groups[1:]
    assert sorted(t for g in empties for t in g.ticket_ids) == [3, 4, 5]
    assert all(g.count == 1 for g in empties)
    assert group_requests([]) == []


def test_ten_thousand_requests_group() -> None:
    rng = random.Random(11)
    subjects = ["revenue", "churn", "refunds", "LTV", "NPS", "sessions", "margin", "retention"]
    splits = ["region", "channel", "plan", "platform", "category", "country", "cohort"]
    frames = [
        "can you pull {s} by {d} for {p}?",
        "{s} per {d} {p} please",
        "<@U0X{n}> need {s} broken down by {d}",
        "what's the {s} split by {d} in {p}",
        "{s} by {d} dashboard :chart_with_upwards_trend:",
    ]
    periods = ["last month", "Q3", "October", "2026-10-01", "last 7 days"]
    items = [
        (
            i,
            rng.choice(frames).format(
                s=rng.choice(subjects),
                d=rng.choice(splits),
                p=rng.choice(periods),
                n=rng.randint(100, 999),
            ),
        )
        for i in range(1, 10_001)
    ]
    groups = group_requests(items)
    assert sum(g.count for g in groups) == 10_000
    assert sorted(t for g in groups for t in g.ticket_ids) == list(range(1, 10_001))
    counts = [g.count for g in groups]
    assert counts == sorted(counts, reverse=True)
    assert len(groups) < 1_000

/*---
title: Parties
description: >
  Every party with the number of its records (one per election year it ran a ticket), its first
  and last year, and the number of delegates elected on its lines, zero included, most
  delegates first. Optionally only parties with at least a number of records or delegates.
examples:
  - party overview
  - how many delegates does each party have
  - parties that ran tickets in three or more years
  - parties with at least 2 delegates
keywords: [party, parties, delegates, records, entries, years, tickets, lines, count, number,
           per party, each party, most, largest, overview, summary, breakdown]
params:
  min_records: {type: int, optional: true, min: 1, label: at least this many records (years)}
  min_delegates: {type: int, optional: true, min: 0, label: at least this many delegates}
owner: "@elections-data"
---*/
WITH parties AS (
    SELECT Party, COUNT(*) AS records, MIN(Year) AS first_year, MAX(Year) AS last_year
    FROM party
    GROUP BY Party
),
delegates AS (
    SELECT p.Party, COUNT(*) AS delegates
    FROM election AS e
    JOIN party AS p ON p.Party_ID = e.Party
    GROUP BY p.Party
)
SELECT
    parties.Party,
    parties.records,
    parties.first_year,
    parties.last_year,
    COALESCE(delegates.delegates, 0) AS delegates
FROM parties
LEFT JOIN delegates ON delegates.Party = parties.Party
WHERE 1 = 1
{% if min_records %}AND parties.records >= :min_records
{% endif %}{% if min_delegates %}AND COALESCE(delegates.delegates, 0) >= :min_delegates
{% endif %}ORDER BY delegates DESC, parties.records DESC, parties.Party

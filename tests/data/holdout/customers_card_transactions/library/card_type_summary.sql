/*---
title: Cards issued per card type
description: >
  One row per card type (Credit, Debit): how many cards of that type were issued, how many
  distinct customers hold one, and the earliest and latest issue date. Most cards first.
examples:
  - credit vs debit card counts
  - how many customers hold each kind of card
  - card portfolio split by type
keywords: [card type, card types, type code, card type code, kind, kinds, credit, debit,
           issued, cards, number of cards, holders, customers, per type, each type, breakdown,
           split, portfolio, most common, different, distinct, how many types]
params: {}
owner: "@cards-analytics"
---*/
SELECT
    card_type_code AS card_type,
    COUNT(*) AS cards,
    COUNT(DISTINCT customer_id) AS holders,
    MIN(date_valid_from) AS first_issued,
    MAX(date_valid_from) AS last_issued
FROM Customers_Cards
GROUP BY card_type_code
ORDER BY cards DESC, card_type_code

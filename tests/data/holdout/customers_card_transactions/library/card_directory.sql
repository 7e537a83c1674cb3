/*---
title: Card directory
description: >
  One row per issued card: card id, card number, card type (Credit or Debit), valid from and
  valid to dates, and the holder's customer id, name and phone. Optionally one card by number
  or id, the cards of one customer id, or only credit or only debit cards.
examples:
  - which customer does card 5122249720639438 belong to
  - expiry date of card 4929590358481
  - all debit cards on file
  - cards issued to customer 10
  - list of card numbers with holders
keywords: [card, cards, card number, card id, card type, credit, debit, credit card, debit card,
           issued, holder, owner, belongs, valid, valid from, valid to, validity, expiry,
           expires, issue date, customer id, how many cards, all cards, list]
params:
  card_number: {type: string, optional: true, label: card number}
  card_id: {type: int, optional: true, min: 1, label: card id}
  customer_id: {type: int, optional: true, min: 1, label: holder's customer id}
  card_type:
    type: choice
    optional: true
    choices: [Credit, Debit]
    synonyms: {credit: Credit, credit card: Credit, credit cards: Credit, debit: Debit,
               debit card: Debit, debit cards: Debit}
owner: "@cards-analytics"
---*/
SELECT
    k.card_id,
    k.card_number,
    k.card_type_code AS card_type,
    k.date_valid_from AS valid_from,
    k.date_valid_to AS valid_to,
    k.customer_id,
    c.customer_first_name AS holder_first_name,
    c.customer_last_name AS holder_last_name,
    c.customer_phone AS holder_phone
FROM Customers_Cards AS k
LEFT JOIN Customers AS c ON c.customer_id = k.customer_id
WHERE 1 = 1
{% if card_number %}AND k.card_number = :card_number
{% endif %}{% if card_id %}AND k.card_id = :card_id
{% endif %}{% if customer_id %}AND k.customer_id = :customer_id
{% endif %}{% if card_type %}AND k.card_type_code = :card_type
{% endif %}ORDER BY k.card_id

/*---
title: Customer directory
description: >
  One row per customer: customer id, first and last name, phone, email, postal address, how
  many accounts and how many cards the customer holds (zero included). Optionally one customer
  by id, first or last name or email, or only customers holding at least a given number of
  accounts or cards. Sorted by last name (default), by id, or most / fewest accounts or cards
  first.
examples:
  - contact details for Nat Davis
  - phone number of customer 12
  - who has 3 or more accounts with us
  - customers holding 2+ cards
  - which customer holds the most cards
  - customer list with account and card counts
keywords: [customer, customers, client, clients, cardholder, account holder, holder, directory,
           contact, phone, telephone, email, e-mail, address, first name, last name, full name,
           named, id, ids, accounts, cards, number of accounts, number of cards, how many,
           each customer, per customer, at least, most, fewest, least]
params:
  customer_id: {type: int, optional: true, min: 1, label: customer id}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  email: {type: string, optional: true, label: email address}
  min_accounts: {type: int, optional: true, min: 1, label: at least this many accounts}
  min_cards: {type: int, optional: true, min: 1, label: at least this many cards}
  sort:
    type: choice
    choices: [name, id, most_accounts, fewest_accounts, most_cards, fewest_cards]
    default: name
    synonyms: {alphabetical: name, last name: name, a to z: name, customer id: id, by id: id,
               most accounts: most_accounts, fewest accounts: fewest_accounts,
               least accounts: fewest_accounts, most cards: most_cards,
               fewest cards: fewest_cards, least cards: fewest_cards}
owner: "@cards-analytics"
---*/
WITH account_counts AS (
    SELECT customer_id, COUNT(*) AS accounts
    FROM Accounts
    GROUP BY customer_id
),
card_counts AS (
    SELECT customer_id, COUNT(*) AS cards
    FROM Customers_Cards
    GROUP BY customer_id
)
SELECT
    c.customer_id,
    c.customer_first_name AS first_name,
    c.customer_last_name AS last_name,
    c.customer_phone AS phone,
    c.customer_email AS email,
    c.customer_address AS address,
    COALESCE(a.accounts, 0) AS accounts,
    COALESCE(k.cards, 0) AS cards
FROM Customers AS c
LEFT JOIN account_counts AS a ON a.customer_id = c.customer_id
LEFT JOIN card_counts AS k ON k.customer_id = c.customer_id
WHERE 1 = 1
{% if customer_id %}AND c.customer_id = :customer_id
{% endif %}{% if first_name %}AND c.customer_first_name = :first_name
{% endif %}{% if last_name %}AND c.customer_last_name = :last_name
{% endif %}{% if email %}AND lower(c.customer_email) = lower(:email)
{% endif %}{% if min_accounts %}AND COALESCE(a.accounts, 0) >= :min_accounts
{% endif %}{% if min_cards %}AND COALESCE(k.cards, 0) >= :min_cards
{% endif %}ORDER BY
{% if sort == 'id' %}c.customer_id
{% elif sort == 'most_accounts' %}accounts DESC, c.customer_id
{% elif sort == 'fewest_accounts' %}accounts, c.customer_id
{% elif sort == 'most_cards' %}cards DESC, c.customer_id
{% elif sort == 'fewest_cards' %}cards, c.customer_id
{% else %}c.customer_last_name, c.customer_first_name, c.customer_id
{% endif %}

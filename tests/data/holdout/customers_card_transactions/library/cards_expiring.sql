/*---
title: Cards expiring
description: >
  Cards whose validity ends within a period (default this month), soonest first, with the
  holder's name, phone and email, for the renewal mailing. Optionally only credit or debit.
examples:
  - cards expiring this month
  - which cards need renewal this quarter
  - debit cards that lapsed in March 2018
keywords: [expiring, expire, expired, expiry, lapse, lapsed, lapsing, renewal, renew, reissue,
           valid to, validity, soon, before, by, cards]
params:
  period: {type: date_range, default: this month, label: valid to within}
  card_type:
    type: choice
    optional: true
    choices: [Credit, Debit]
    synonyms: {credit: Credit, debit: Debit}
owner: "@cards-analytics"
---*/
SELECT
    k.card_number,
    k.card_type_code AS card_type,
    k.date_valid_to AS valid_to,
    c.customer_first_name AS holder_first_name,
    c.customer_last_name AS holder_last_name,
    c.customer_phone AS holder_phone,
    c.customer_email AS holder_email
FROM Customers_Cards AS k
LEFT JOIN Customers AS c ON c.customer_id = k.customer_id
WHERE CAST(k.date_valid_to AS DATE) BETWEEN :period_start AND :period_end
{% if card_type %}AND k.card_type_code = :card_type
{% endif %}ORDER BY k.date_valid_to, k.card_id

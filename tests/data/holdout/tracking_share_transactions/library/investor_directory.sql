/*---
title: Investors
description: >
  One row per investor on file: investor id, investor details, number of lots held and
  number of transactions made. Optionally one investor by id or the investors with given
  details.
examples:
  - list all investors
  - how many investors do we have
  - investor details for investor 7
  - investors with details "y"
keywords: [investor, investors, client, clients, details, investor details, lots, holders,
           shareholders, roster, directory]
params:
  investor: {type: int, optional: true, min: 1, label: investor id}
  investor_details: {type: string, optional: true, label: investor details}
owner: "@investment-ops"
---*/
SELECT i.investor_id, i.Investor_details AS investor_details,
       (SELECT COUNT(*) FROM Lots AS l WHERE l.investor_id = i.investor_id) AS lots,
       (SELECT COUNT(*) FROM Transactions AS t WHERE t.investor_id = i.investor_id)
           AS transactions
FROM Investors AS i
WHERE 1 = 1
{% if investor is not none %}AND i.investor_id = :investor
{% endif %}{% if investor_details %}AND i.Investor_details = :investor_details
{% endif %}ORDER BY i.investor_id

/*---
title: Lots
description: >
  One row per lot of shares: lot id, lot details, the investor holding it (id and details)
  and how many transactions touched it. Optionally the lots of one investor (by id or by
  investor details) or the lots with given details.
examples:
  - list all lots
  - lots held by investor 7
  - lot details and their investors
  - which lots does investor 20 have
keywords: [lot, lots, lot details, holding, holdings, position, positions, parcel, investor,
           owner, owned, held]
params:
  investor: {type: int, optional: true, min: 1, label: investor id}
  investor_details: {type: string, optional: true, label: investor details}
  lot_details: {type: string, optional: true, label: lot details}
owner: "@investment-ops"
---*/
SELECT l.lot_id, l.lot_details, l.investor_id, i.Investor_details AS investor_details,
       (SELECT COUNT(*) FROM Transactions_Lots AS tl WHERE tl.lot_id = l.lot_id) AS transactions
FROM Lots AS l
LEFT JOIN Investors AS i ON i.investor_id = l.investor_id
WHERE 1 = 1
{% if investor is not none %}AND l.investor_id = :investor
{% endif %}{% if investor_details %}AND i.Investor_details = :investor_details
{% endif %}{% if lot_details %}AND l.lot_details = :lot_details
{% endif %}ORDER BY l.lot_id

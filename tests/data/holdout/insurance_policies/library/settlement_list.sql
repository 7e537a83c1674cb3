/*---
title: Settlements register
description: >
  One row per settlement: settlement id, the claim it settles, the claim date and settlement
  date recorded on it, the amount claimed and settled, the customer policy id, and how many
  payments were made against it with their total. Optionally one claim, or a period in which
  the settlement was dated (all by default). By settlement date (default), largest
  settlement, or settlement id.
examples:
  - list all settlements with their dates
  - settlements recorded for claim 621
  - settlements dated in February 2018
  - biggest settlements
keywords: [settlement, settlements, settled, settlement id, settlement date, claim date,
           dates, claim, claim id, claimed, amount settled, payout, case, cases, payments,
           paid, list, each, all, largest, biggest]
params:
  settled_period: {type: date_range, default: since 1970-01-01, label: settlement date}
  claim_id: {type: int, optional: true, min: 1, label: claim id}
  sort:
    type: choice
    choices: [settlement_date, largest_settled, settlement_id]
    default: settlement_date
    synonyms: {by date: settlement_date, by settlement date: settlement_date,
               largest: largest_settled, biggest: largest_settled,
               by id: settlement_id}
owner: "@claims-analytics"
---*/
SELECT
    s.Settlement_ID AS settlement_id,
    s.Claim_ID AS claim_id,
    s.Date_Claim_Made AS date_claim_made,
    s.Date_Claim_Settled AS date_claim_settled,
    s.Amount_Claimed AS amount_claimed,
    s.Amount_Settled AS amount_settled,
    s.Customer_Policy_ID AS customer_policy_id,
    (SELECT COUNT(*) FROM Payments AS pm WHERE pm.Settlement_ID = s.Settlement_ID) AS payments,
    (SELECT COALESCE(SUM(pm.Amount_Payment), 0) FROM Payments AS pm
     WHERE pm.Settlement_ID = s.Settlement_ID) AS amount_paid
FROM Settlements AS s
WHERE s.Date_Claim_Settled BETWEEN :settled_period_start AND :settled_period_end
{% if claim_id %}AND s.Claim_ID = :claim_id
{% endif %}ORDER BY
{% if sort == 'largest_settled' %}s.Amount_Settled DESC, s.Settlement_ID
{% elif sort == 'settlement_id' %}s.Settlement_ID
{% else %}s.Date_Claim_Settled, s.Settlement_ID
{% endif %}

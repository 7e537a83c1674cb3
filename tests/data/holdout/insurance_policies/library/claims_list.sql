/*---
title: Claims register
description: >
  One row per claim: claim id, the policy (id and type) and its customer, the date the claim
  was made and the date it was settled, the amount claimed and the amount settled, and how
  many settlements were recorded against it. Optionally a period in which the claim was made
  (all claims by default), one policy type, one customer by name, one policy, one claim, a
  minimum amount claimed, or at least a given number of settlements. Earliest claim first
  (default), or latest claim, largest or smallest claim, largest or smallest settled amount,
  most settlements, or latest settlement date first.
examples:
  - every claim with what was asked and what was paid out
  - biggest claims we have on file
  - claims against travel policies
  - claims filed in 2017
  - claims with two or more settlements
  - which claim got the lowest settlement
keywords: [claim, claims, claim id, claimed, amount claimed, claim amount, settled,
           settlement, settlements, amount settled, settlement amount, payout, paid out,
           made, filed, date, dates, when, policy, policy type, customer, largest, biggest,
           highest, smallest, lowest, least, most, latest, recent, earliest, first, number of
           settlements, register, list, which]
params:
  made_period: {type: date_range, default: since 1970-01-01, label: claim made}
  policy_type:
    type: choice
    optional: true
    choices: [Car, Life, Property, Travel]
    synonyms: {car: Car, auto: Car, motor: Car, vehicle: Car, life: Life,
               life insurance: Life, property: Property, home: Property, house: Property,
               homeowners: Property, travel: Travel, trip: Travel}
  customer_name: {type: string, optional: true, label: customer details (name)}
  policy_id: {type: int, optional: true, min: 1, label: policy id}
  claim_id: {type: int, optional: true, min: 1, label: claim id}
  min_amount_claimed: {type: number, optional: true, min: 0, label: amount claimed at least}
  min_settlements: {type: int, optional: true, min: 0, max: 100, label: settlements at least}
  sort:
    type: choice
    choices: [claim_date, latest_claim, largest_claimed, smallest_claimed, largest_settled,
              smallest_settled, most_settlements, latest_settled]
    default: claim_date
    synonyms: {earliest: claim_date, oldest: claim_date, first: claim_date,
               by date: claim_date, latest: latest_claim, newest: latest_claim,
               most recent: latest_claim, largest claim: largest_claimed,
               biggest claim: largest_claimed, highest claim: largest_claimed,
               smallest claim: smallest_claimed, largest settlement: largest_settled,
               highest payout: largest_settled, smallest settlement: smallest_settled,
               lowest settlement: smallest_settled, least settled: smallest_settled,
               most settlements: most_settlements,
               most recently settled: latest_settled, latest settlement: latest_settled}
owner: "@claims-analytics"
---*/
SELECT
    c.Claim_ID AS claim_id,
    c.Policy_ID AS policy_id,
    p.Policy_Type_Code AS policy_type,
    cu.Customer_Details AS customer_details,
    c.Date_Claim_Made AS date_claim_made,
    c.Date_Claim_Settled AS date_claim_settled,
    c.Amount_Claimed AS amount_claimed,
    c.Amount_Settled AS amount_settled,
    (SELECT COUNT(*) FROM Settlements AS s WHERE s.Claim_ID = c.Claim_ID) AS settlements
FROM Claims AS c
LEFT JOIN Customer_Policies AS p ON p.Policy_ID = c.Policy_ID
LEFT JOIN Customers AS cu ON cu.Customer_ID = p.Customer_ID
WHERE c.Date_Claim_Made BETWEEN :made_period_start AND :made_period_end
{% if policy_type %}AND p.Policy_Type_Code = :policy_type
{% endif %}{% if customer_name %}AND cu.Customer_Details = :customer_name
{% endif %}{% if policy_id %}AND c.Policy_ID = :policy_id
{% endif %}{% if claim_id %}AND c.Claim_ID = :claim_id
{% endif %}{% if min_amount_claimed is not none and min_amount_claimed is not false %}AND c.Amount_Claimed >= :min_amount_claimed
{% endif %}{% if min_settlements is not none and min_settlements is not false %}AND (SELECT COUNT(*) FROM Settlements AS s WHERE s.Claim_ID = c.Claim_ID) >= :min_settlements
{% endif %}ORDER BY
{% if sort == 'latest_claim' %}c.Date_Claim_Made DESC, c.Claim_ID
{% elif sort == 'largest_claimed' %}c.Amount_Claimed DESC, c.Claim_ID
{% elif sort == 'smallest_claimed' %}c.Amount_Claimed, c.Claim_ID
{% elif sort == 'largest_settled' %}c.Amount_Settled DESC, c.Claim_ID
{% elif sort == 'smallest_settled' %}c.Amount_Settled, c.Claim_ID
{% elif sort == 'most_settlements' %}settlements DESC, c.Claim_ID
{% elif sort == 'latest_settled' %}c.Date_Claim_Settled DESC, c.Claim_ID
{% else %}c.Date_Claim_Made, c.Claim_ID
{% endif %}

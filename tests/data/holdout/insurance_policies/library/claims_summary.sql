/*---
title: Claims at a glance
description: >
  One row: how many claims, the total, average and largest amount claimed, the total and
  average amount settled, the share of the claimed amount that was settled, and the
  earliest and latest date a claim was made and settled. Optionally only claims made in a
  period (all claims by default) or on one policy type.
examples:
  - total claims exposure
  - how much have we paid out on claims overall
  - average claim size for car policies
  - when did we get our very first claim
keywords: [claim, claims, total, sum, overall, all, how much, how many, number, count,
           average, mean, largest, maximum, claimed, amount claimed, settled, amount
           settled, payout, exposure, ratio, earliest, first, latest, last, date, summary]
params:
  made_period: {type: date_range, default: since 1970-01-01, label: claim made}
  policy_type:
    type: choice
    optional: true
    choices: [Car, Life, Property, Travel]
    synonyms: {car: Car, auto: Car, motor: Car, vehicle: Car, life: Life,
               life insurance: Life, property: Property, home: Property, house: Property,
               homeowners: Property, travel: Travel, trip: Travel}
owner: "@claims-analytics"
---*/
SELECT
    COUNT(*) AS claims,
    SUM(c.Amount_Claimed) AS total_claimed,
    ROUND(AVG(c.Amount_Claimed), 2) AS average_claimed,
    MAX(c.Amount_Claimed) AS largest_claimed,
    SUM(c.Amount_Settled) AS total_settled,
    ROUND(AVG(c.Amount_Settled), 2) AS average_settled,
    ROUND(100.0 * SUM(c.Amount_Settled) / NULLIF(SUM(c.Amount_Claimed), 0), 2) AS settled_pct,
    MIN(c.Date_Claim_Made) AS first_claim_made,
    MAX(c.Date_Claim_Made) AS last_claim_made,
    MIN(c.Date_Claim_Settled) AS first_claim_settled,
    MAX(c.Date_Claim_Settled) AS last_claim_settled
FROM Claims AS c
LEFT JOIN Customer_Policies AS p ON p.Policy_ID = c.Policy_ID
WHERE c.Date_Claim_Made BETWEEN :made_period_start AND :made_period_end
{% if policy_type %}AND p.Policy_Type_Code = :policy_type
{% endif %}

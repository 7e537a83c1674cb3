/*---
title: Claims over time
description: >
  One row per month (or quarter, or year) in which claims were made: how many claims, the
  amount claimed and the amount settled. Optionally a period (all by default) and one
  policy type. Oldest period first.
examples:
  - monthly claim volume
  - claims per year
  - travel claims by quarter in 2017
keywords: [claim, claims, trend, over time, volume, monthly, per month, by month, quarterly,
           per quarter, yearly, per year, by year, annual, time series, claimed, settled,
           month, quarter, year]
params:
  made_period: {type: date_range, default: since 1970-01-01, label: claim made}
  grain:
    type: choice
    choices: [month, quarter, year]
    default: month
    synonyms: {monthly: month, per month: month, quarterly: quarter, per quarter: quarter,
               yearly: year, annual: year, per year: year}
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
    CAST(date_trunc(
        {% if grain == 'year' %}'year'{% elif grain == 'quarter' %}'quarter'{% else %}'month'{% endif %},
        c.Date_Claim_Made) AS DATE) AS period_start,
    COUNT(*) AS claims,
    SUM(c.Amount_Claimed) AS amount_claimed,
    SUM(c.Amount_Settled) AS amount_settled
FROM Claims AS c
LEFT JOIN Customer_Policies AS p ON p.Policy_ID = c.Policy_ID
WHERE c.Date_Claim_Made BETWEEN :made_period_start AND :made_period_end
{% if policy_type %}AND p.Policy_Type_Code = :policy_type
{% endif %}GROUP BY 1
ORDER BY 1

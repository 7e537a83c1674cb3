/*---
title: Settlement totals
description: >
  Settlements paid: number of settlements, total, average, smallest and largest settlement
  amount, over all settlements (default) or per policy type or per year of the settlement's
  effective date. Optionally a period for the settlement date (all dates by default) or one
  policy type.
examples:
  - total settlements paid
  - average settlement amount
  - biggest and smallest settlement on record
  - settlements per year
  - settlement totals by policy type
  - how much did we settle in 2009
keywords: [settlement, settlements, settled, paid, payout, payouts, amount, amounts, total,
           sum, average, mean, maximum, max, minimum, min, largest, smallest, highest,
           lowest, overall, on record, per year, by year, yearly, policy type]
params:
  by:
    type: choice
    choices: [all, policy_type, year]
    default: all
    synonyms: {overall: all, total: all, per policy type: policy_type, by policy type: policy_type,
               per type: policy_type, by type: policy_type, per year: year, by year: year,
               yearly: year, annual: year}
  settled: {type: date_range, default: since 1970-01-01, label: settled in}
  policy_type:
    type: choice
    optional: true
    choices: [Life Insurance, Property Insurance, Mortgage Insurance, Travel Insurance]
    synonyms: {life: Life Insurance, life insurance: Life Insurance, life cover: Life Insurance,
               property: Property Insurance, home: Property Insurance,
               home insurance: Property Insurance, property insurance: Property Insurance,
               mortgage: Mortgage Insurance, mortgage insurance: Mortgage Insurance,
               travel: Travel Insurance, trip: Travel Insurance,
               travel insurance: Travel Insurance}
owner: "@claims-ops"
---*/
SELECT
{% if by == 'policy_type' %}ap.policy_type_code AS policy_type,
{% elif by == 'year' %}year(s.Effective_Date) AS settlement_year,
{% endif %}COUNT(*) AS settlements, SUM(s.Settlement_Amount) AS total_settled,
       ROUND(AVG(s.Settlement_Amount), 2) AS average_settlement,
       MIN(s.Settlement_Amount) AS smallest_settlement,
       MAX(s.Settlement_Amount) AS largest_settlement
FROM Settlements AS s
JOIN Claims AS c ON c.Claim_ID = s.Claim_ID
JOIN First_Notification_of_Loss AS f ON f.FNOL_ID = c.FNOL_ID
LEFT JOIN Available_Policies AS ap ON ap.Policy_ID = f.Policy_ID
WHERE s.Effective_Date BETWEEN :settled_start AND :settled_end
{% if policy_type %}AND ap.policy_type_code = :policy_type
{% endif %}{% if by == 'policy_type' %}GROUP BY ap.policy_type_code
ORDER BY total_settled DESC
{% elif by == 'year' %}GROUP BY year(s.Effective_Date)
ORDER BY settlement_year
{% endif %}

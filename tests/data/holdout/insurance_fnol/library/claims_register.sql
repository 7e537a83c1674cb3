/*---
title: Claims register
description: >
  One row per claim: claim id, the FNOL it came from, customer, policy id and type, service,
  the claim's effective date, number of settlements, total settled and the latest
  settlement date. Optionally a period for the claim's effective date (all dates by
  default), one customer, one policy type, or a minimum total settled. Earliest effective
  date first (default), latest first, or largest or smallest total settled; optionally the
  top n.
examples:
  - all claims with their settlements
  - claims effective in 1992
  - biggest claims by amount settled
  - claims for Jay Chou
  - life insurance claims
  - claims settled for more than 5000 in total
keywords: [claim, claims, claim id, effective, effective date, date, when, settled,
           settlement, settlements, amount, payout, paid, largest, biggest, smallest,
           latest, earliest, register, customer, policy type]
params:
  effective: {type: date_range, default: since 1970-01-01, label: claim effective in}
  customer: {type: string, optional: true, label: customer name}
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
  min_settled: {type: number, optional: true, min: 0, label: total settled at least}
  sort:
    type: choice
    choices: [effective, latest, largest_settled, smallest_settled]
    default: effective
    synonyms: {earliest: effective, oldest: effective, by date: effective,
               latest: latest, newest: latest, most recent: latest,
               largest: largest_settled, biggest: largest_settled,
               highest settlement: largest_settled, largest settlement: largest_settled,
               smallest: smallest_settled, lowest settlement: smallest_settled}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@claims-ops"
---*/
SELECT c.Claim_ID AS claim_id, c.FNOL_ID AS fnol_id, cu.Customer_name AS customer_name,
       f.Policy_ID AS policy_id, ap.policy_type_code AS policy_type,
       sv.Service_name AS service_name, c.Effective_Date AS effective_date,
       COUNT(s.Settlement_ID) AS settlements,
       COALESCE(SUM(s.Settlement_Amount), 0) AS total_settled,
       MAX(s.Effective_Date) AS latest_settlement_date
FROM Claims AS c
JOIN First_Notification_of_Loss AS f ON f.FNOL_ID = c.FNOL_ID
JOIN Customers AS cu ON cu.Customer_ID = f.Customer_ID
JOIN Services AS sv ON sv.Service_ID = f.Service_ID
LEFT JOIN Available_Policies AS ap ON ap.Policy_ID = f.Policy_ID
LEFT JOIN Settlements AS s ON s.Claim_ID = c.Claim_ID
WHERE c.Effective_Date BETWEEN :effective_start AND :effective_end
{% if customer %}AND cu.Customer_name = :customer
{% endif %}{% if policy_type %}AND ap.policy_type_code = :policy_type
{% endif %}GROUP BY c.Claim_ID, c.FNOL_ID, cu.Customer_name, f.Policy_ID, ap.policy_type_code,
         sv.Service_name, c.Effective_Date
{% if min_settled is not none %}HAVING COALESCE(SUM(s.Settlement_Amount), 0) >= :min_settled
{% endif %}ORDER BY
{% if sort == 'latest' %}c.Effective_Date DESC, c.Claim_ID
{% elif sort == 'largest_settled' %}total_settled DESC, c.Claim_ID
{% elif sort == 'smallest_settled' %}total_settled, c.Claim_ID
{% else %}c.Effective_Date, c.Claim_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}

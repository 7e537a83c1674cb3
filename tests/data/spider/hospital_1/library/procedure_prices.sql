/*---
title: Procedure price list
description: >
  Medical procedures with their code and cost, most expensive first; optionally only the
  top N, or only those costing more than an amount.
examples:
  - price list of procedures
  - top 5 priciest procedures
  - procedures over 2000 dollars
  - what does each procedure cost
  - cheapest procedure we offer
keywords: [procedure, procedures, treatment, treatments, price, prices, cost, costs,
           costly, expensive, cheap, cheapest, price list, tariff]
params:
  n: {type: int, optional: true, min: 1, max: 1000, label: how many procedures}
  cost_above: {type: number, optional: true, min: 0, label: costing more than}
owner: "@finance"
---*/
SELECT
    pr.Code AS procedure_code,
    pr.Name AS procedure,
    pr.Cost AS cost
FROM Procedures AS pr
{% if cost_above %}WHERE pr.Cost > :cost_above
{% endif %}ORDER BY pr.Cost DESC
{% if n %}LIMIT :n
{% endif %}

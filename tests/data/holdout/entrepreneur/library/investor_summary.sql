/*---
title: Investors
description: >
  One row per investor: how many entrepreneurs they backed, the total, average and largest
  money requested from them, and the companies. Optionally only investors with at least N
  entrepreneurs. Sorted by most entrepreneurs (default), total money or name.
examples:
  - how many entrepreneurs does each investor have
  - which investor backed the most companies
  - total money requested per investor
keywords: [investor, investors, dragon, dragons, backer, backers, backed, invested, each,
           per investor, portfolio, how many, total, count]
params:
  min_entrepreneurs: {type: int, optional: true, min: 0, max: 1000, label: at least this many entrepreneurs}
  sort:
    type: choice
    choices: [entrepreneurs, total_money, name]
    default: entrepreneurs
    synonyms: {most entrepreneurs: entrepreneurs, most companies: entrepreneurs, count: entrepreneurs,
               total money: total_money, most money: total_money, alphabetical: name}
owner: "@venture-analytics"
---*/
SELECT e.Investor AS investor, COUNT(*) AS entrepreneurs,
       SUM(e.Money_Requested) AS total_money_requested,
       ROUND(AVG(e.Money_Requested), 2) AS average_money_requested,
       MAX(e.Money_Requested) AS largest_request,
       string_agg(e.Company, ', ' ORDER BY e.Company) AS companies
FROM entrepreneur AS e
GROUP BY e.Investor
{% if min_entrepreneurs is not none and min_entrepreneurs is not false %}HAVING COUNT(*) >= :min_entrepreneurs
{% endif %}ORDER BY
{% if sort == 'total_money' %}total_money_requested DESC, investor
{% elif sort == 'name' %}investor
{% else %}entrepreneurs DESC, investor
{% endif %}

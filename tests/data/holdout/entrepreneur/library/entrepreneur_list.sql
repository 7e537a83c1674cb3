/*---
title: Entrepreneurs and their pitches
description: >
  One row per entrepreneur: id, company, the person's name, money requested, investor, and
  the person's height (m), weight (kg) and date of birth. Optionally one company, one
  investor, one person, money requested more / less than an amount (strict), or people
  taller than a height (strict). Sorted by money requested, most first (default), least
  first, company, name, height or weight.
examples:
  - list the entrepreneurs and how much they asked for
  - companies backed by Peter Jones
  - entrepreneurs who requested more than 100000
  - which company asked for the most money
keywords: [entrepreneur, entrepreneurs, founder, founders, pitch, pitches, company,
           companies, startup, startups, money requested, requested, asked, ask, funding,
           investor, investors, backed, dragon, amount]
params:
  company: {type: string, optional: true}
  investor: {type: string, optional: true}
  person: {type: string, optional: true, label: entrepreneur's name}
  min_money: {type: number, optional: true, min: 0, label: requested more than}
  max_money: {type: number, optional: true, min: 0, label: requested less than}
  min_height: {type: number, optional: true, min: 0, max: 3, label: taller than (m)}
  sort:
    type: choice
    choices: [money, least_money, company, name, height, weight]
    default: money
    synonyms: {most money: money, money requested: money, biggest ask: money,
               least money: least_money, smallest ask: least_money, ascending: least_money,
               alphabetical: company, by company: company, by name: name, tallest: height,
               heaviest: weight}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@venture-analytics"
---*/
SELECT e.Entrepreneur_ID AS entrepreneur_id, e.Company AS company, p.Name AS name,
       e.Money_Requested AS money_requested, e.Investor AS investor, p.Height AS height,
       p.Weight AS weight, p.Date_of_Birth AS date_of_birth
FROM entrepreneur AS e
LEFT JOIN people AS p ON p.People_ID = e.People_ID
WHERE 1 = 1
{% if company %}AND e.Company = :company
{% endif %}{% if investor %}AND e.Investor = :investor
{% endif %}{% if person %}AND p.Name = :person
{% endif %}{% if min_money is not none and min_money is not false %}AND e.Money_Requested > :min_money
{% endif %}{% if max_money is not none and max_money is not false %}AND e.Money_Requested < :max_money
{% endif %}{% if min_height is not none and min_height is not false %}AND p.Height > :min_height
{% endif %}ORDER BY
{% if sort == 'least_money' %}e.Money_Requested, e.Company
{% elif sort == 'company' %}e.Company
{% elif sort == 'name' %}p.Name
{% elif sort == 'height' %}p.Height DESC
{% elif sort == 'weight' %}p.Weight DESC
{% else %}e.Money_Requested DESC, e.Company
{% endif %}{% if n %}LIMIT :n
{% endif %}

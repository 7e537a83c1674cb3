/*---
title: Station operators
description: >
  One row per station and operating company: station id, location, year opened, manager,
  the company, its headquarters country and main industry, and the station's rank of the
  year for that company. Optionally one company, one location, companies headquartered in
  one country or of one industry, or stations opened after a year (strict). Sorted by rank
  of the year (default), year opened, or company.
examples:
  - which company operates each station
  - stations operated by ExxonMobil
  - operator of the Herne Hill station
  - station rank of the year per company
keywords: [operator, operators, operates, operated, operating company, company, companies,
           station, stations, gas station, location, rank of the year, yearly rank, rank,
           headquarters, industry, manager, runs, owned by, brand]
params:
  company: {type: string, optional: true, label: company name}
  location: {type: string, optional: true, label: station location}
  headquarters: {type: string, optional: true, label: company's headquarters country}
  industry: {type: string, optional: true, label: company's main industry}
  opened_after: {type: int, optional: true, min: 1800, max: 2100, label: opened after (exclusive)}
  sort:
    type: choice
    choices: [rank_of_year, open_year, company]
    default: rank_of_year
    synonyms: {rank: rank_of_year, rank of the year: rank_of_year, yearly rank: rank_of_year,
               opened: open_year, by year: open_year, by company: company,
               alphabetical: company}
owner: "@energy-analytics"
---*/
SELECT g.Station_ID AS station_id, g.Location AS location, g.Open_Year AS open_year,
       g.Manager_Name AS manager, c.Company AS company, c.Headquarters AS headquarters,
       c.Main_Industry AS main_industry, sc.Rank_of_the_Year AS rank_of_the_year
FROM station_company AS sc
JOIN gas_station AS g ON g.Station_ID = sc.Station_ID
JOIN company AS c ON c.Company_ID = sc.Company_ID
WHERE 1 = 1
{% if company %}AND c.Company = :company
{% endif %}{% if location %}AND g.Location = :location
{% endif %}{% if headquarters %}AND c.Headquarters = :headquarters
{% endif %}{% if industry %}AND c.Main_Industry = :industry
{% endif %}{% if opened_after %}AND g.Open_Year > :opened_after
{% endif %}ORDER BY
{% if sort == 'open_year' %}g.Open_Year, g.Station_ID
{% elif sort == 'company' %}c.Company, sc.Rank_of_the_Year
{% else %}sc.Rank_of_the_Year, g.Station_ID
{% endif %}

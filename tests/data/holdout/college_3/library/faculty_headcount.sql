/*---
title: Faculty headcount by rank, building or sex
description: >
  Faculty members counted per rank (default), per office building or per sex, with how
  many are women and men and how many teach at least one course. Optionally only one
  office building or one rank. Most faculty first (default) or fewest first.
examples:
  - how many professors vs assistant professors do we have
  - faculty count per building
  - gender split of the faculty
  - which rank is the rarest
keywords: [faculty, faculties, professors, instructors, staff, headcount, how many, count,
           number, rank, ranks, building, buildings, sex, gender, women, men, female, male,
           per rank, by rank, per building, by building, split, breakdown, common,
           least common, most common, rarest, fewest, most]
params:
  by:
    type: choice
    choices: [rank, building, sex]
    default: rank
    synonyms: {per rank: rank, by rank: rank, rank: rank, ranks: rank,
               per building: building, by building: building, building: building,
               buildings: building, gender: sex, by sex: sex, by gender: sex}
  building: {type: string, optional: true, label: office building}
  rank:
    type: choice
    optional: true
    choices: [Professor, AssocProf, AsstProf, Instructor]
    synonyms: {full professor: Professor, associate professor: AssocProf,
               assistant professor: AsstProf, instructors: Instructor, lecturer: Instructor}
  sort:
    type: choice
    choices: [most, fewest]
    default: most
    synonyms: {most: most, largest: most, most common: most, fewest: fewest,
               least: fewest, least common: fewest, rarest: fewest, smallest: fewest}
owner: "@registrar-data"
---*/
SELECT
    {% if by == 'building' %}f.Building{% elif by == 'sex' %}f.Sex{% else %}f.Rank{% endif %} AS grp,
    COUNT(*) AS faculty,
    COUNT(*) FILTER (WHERE f.Sex = 'F') AS women,
    COUNT(*) FILTER (WHERE f.Sex = 'M') AS men,
    COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM Course AS c WHERE c.Instructor = f.FacID)) AS teaching
FROM Faculty AS f
WHERE 1 = 1
{% if building %}AND lower(f.Building) = lower(:building)
{% endif %}{% if rank %}AND f.Rank = :rank
{% endif %}GROUP BY grp
ORDER BY {% if sort == 'fewest' %}faculty, grp{% else %}faculty DESC, grp{% endif %}

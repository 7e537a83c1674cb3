/*---
title: Faculty per rank
description: >
  One row per faculty rank (Professor, AssocProf, AsstProf, Instructor): how many faculty
  members hold it, how many of them are women and men, how many students are advised by
  faculty of that rank, and how many of them take part in at least one activity. Optionally
  one rank, or only the faculty with an office in one building. By rank (default), most or
  fewest faculty first.
examples:
  - faculty headcount by rank
  - gender split per rank
  - rank breakdown of the Barton offices
  - advising load by rank
keywords: [rank, ranks, title, titles, per rank, each rank, by rank, faculty, faculty members,
           professors, instructors, gender, sex, male, female, men, women, advise, advised,
           advising, advisees, students, activities, how many, number, count, most, fewest,
           least, smallest, largest, distinct, different, kinds]
params:
  rank:
    type: choice
    optional: true
    choices: [Professor, AssocProf, AsstProf, Instructor]
    synonyms: {full professor: Professor, full professors: Professor, full profs: Professor,
               associate professor: AssocProf, associate professors: AssocProf,
               assoc profs: AssocProf, assistant professor: AsstProf,
               assistant professors: AsstProf, asst profs: AsstProf,
               instructors: Instructor, lecturers: Instructor}
  building: {type: string, optional: true, label: building}
  sort:
    type: choice
    choices: [rank, most_faculty, fewest_faculty]
    default: rank
    synonyms: {by rank: rank, most: most_faculty, most faculty: most_faculty,
               largest: most_faculty, fewest: fewest_faculty, fewest faculty: fewest_faculty,
               least: fewest_faculty, smallest: fewest_faculty}
owner: "@activities-data"
---*/
SELECT
    f.Rank AS rank,
    COUNT(*) AS faculty,
    COUNT(*) FILTER (WHERE f.Sex = 'F') AS women,
    COUNT(*) FILTER (WHERE f.Sex = 'M') AS men,
    COALESCE(SUM((SELECT COUNT(*) FROM Student AS s WHERE s.Advisor = f.FacID)), 0)
        AS students_advised,
    COUNT(*) FILTER (WHERE f.FacID IN (SELECT fp.FacID FROM Faculty_Participates_in AS fp))
        AS in_activities
FROM Faculty AS f
WHERE 1 = 1
{% if rank %}AND f.Rank = :rank
{% endif %}{% if building %}AND f.Building = :building
{% endif %}GROUP BY f.Rank
ORDER BY
{% if sort == 'most_faculty' %}faculty DESC, 1
{% elif sort == 'fewest_faculty' %}faculty, 1
{% else %}1
{% endif %}

/*---
title: Club directory
description: >
  One row per student club: club number, name, description, where it meets (building code
  such as AKW or HHH), how many students are members and how many hold a named position.
  Optionally one club by name or only the clubs at one location. By name (default), by
  club number, or biggest first.
examples:
  - list every student club with its description
  - what does the chess society do and where does it meet
  - which clubs meet in building XYZ
  - club list, largest first
keywords: [club, clubs, society, societies, organisation, organization, name, names,
           description, describe, about, what is, location, located, where, building, meet,
           meets, how many, number, count, list, directory, all]
params:
  club: {type: string, optional: true, label: club name}
  location: {type: string, optional: true, label: club location (building code)}
  sort:
    type: choice
    choices: [name, club_id, most_members]
    default: name
    synonyms: {alphabetical: name, by name: name, by id: club_id, by number: club_id,
               biggest: most_members, largest: most_members, most members: most_members,
               most popular: most_members}
owner: "@student-life-data"
---*/
SELECT
    c.ClubID AS club_id,
    c.ClubName AS club,
    c.ClubDesc AS description,
    c.ClubLocation AS location,
    COUNT(m.StuID) AS members,
    COUNT(m.Position) AS position_holders
FROM Club AS c
LEFT JOIN Member_of_club AS m ON m.ClubID = c.ClubID
WHERE 1 = 1
{% if club %}AND c.ClubName = :club
{% endif %}{% if location %}AND c.ClubLocation = :location
{% endif %}GROUP BY c.ClubID, c.ClubName, c.ClubDesc, c.ClubLocation
ORDER BY
{% if sort == 'club_id' %}c.ClubID
{% elif sort == 'most_members' %}members DESC, c.ClubName
{% else %}c.ClubName
{% endif %}

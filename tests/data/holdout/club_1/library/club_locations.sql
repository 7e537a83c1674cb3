/*---
title: Clubs per location
description: >
  One row per club location (building code such as AKW or HHH): how many clubs meet there,
  their names, and how many memberships they have between them. Most clubs first (default)
  or by location.
examples:
  - how many clubs meet in each building
  - which building hosts the most clubs
  - club locations overview
keywords: [location, locations, building, buildings, where, venue, venues, each, per, by,
           how many, number, count, clubs, club, meet, hosted, host, most, members]
params:
  sort:
    type: choice
    choices: [most_clubs, location]
    default: most_clubs
    synonyms: {most clubs: most_clubs, busiest: most_clubs, most: most_clubs,
               by location: location, alphabetical: location, by building: location}
owner: "@student-life-data"
---*/
SELECT
    c.ClubLocation AS location,
    COUNT(DISTINCT c.ClubID) AS clubs,
    STRING_AGG(DISTINCT c.ClubName, ', ' ORDER BY c.ClubName) AS club_names,
    COUNT(m.StuID) AS memberships
FROM Club AS c
LEFT JOIN Member_of_club AS m ON m.ClubID = c.ClubID
GROUP BY c.ClubLocation
ORDER BY
{% if sort == 'location' %}1
{% else %}clubs DESC, 1
{% endif %}

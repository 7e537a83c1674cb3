/*---
title: Guests
description: >
  Every guest: id, first and last name, gender, date of birth and number of bookings (zero
  included). Optionally one gender or one guest by last name; sorted by last name (default),
  oldest first or most bookings.
examples:
  - our guest register
  - date of birth of guest Mante
  - which guests are women
  - guests who book with us most
keywords: [guest, guests, tenant, tenants, customer, customers, renter, renters, people, name,
           names, first name, last name, surname, gender, sex, birthday, date of birth, born,
           birth, age, register]
params:
  gender:
    type: choice
    choices: [Male, Female, Unknown]
    optional: true
    synonyms: {men: Male, man: Male, male: Male, women: Female, woman: Female, female: Female,
               ladies: Female, unspecified: Unknown}
  last_name: {type: string, optional: true, label: guest's last name}
  sort:
    type: choice
    choices: [last_name, oldest, most_bookings]
    default: last_name
    synonyms: {surname: last_name, alphabetical: last_name, age: oldest, eldest: oldest,
               most frequent: most_bookings}
owner: "@property-analytics"
---*/
WITH counts AS (
    SELECT guest_id, COUNT(*) AS bookings FROM Apartment_Bookings GROUP BY guest_id
)
SELECT
    g.guest_id,
    g.guest_first_name,
    g.guest_last_name,
    g.gender_code,
    g.date_of_birth,
    COALESCE(counts.bookings, 0) AS bookings
FROM Guests AS g
LEFT JOIN counts ON counts.guest_id = g.guest_id
WHERE 1 = 1
{% if gender %}AND g.gender_code = :gender
{% endif %}{% if last_name %}AND g.guest_last_name = :last_name
{% endif %}ORDER BY
{% if sort == 'oldest' %}g.date_of_birth, g.guest_last_name
{% elif sort == 'most_bookings' %}bookings DESC, g.guest_last_name
{% else %}g.guest_last_name, g.guest_first_name
{% endif %}

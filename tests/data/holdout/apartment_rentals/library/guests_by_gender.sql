/*---
title: Guests by gender
description: >
  Per gender code (Male, Female, Unknown): the number of guests, of their bookings and of
  confirmed bookings, and the earliest and latest date of birth. Most guests first.
examples:
  - gender split of our guests
  - how many of our tenants are men and how many women
  - guest demographics
keywords: [gender, genders, gender code, sex, male, female, men, women, demographics, split,
           breakdown, per gender, by gender, guests, count]
params: {}
owner: "@property-analytics"
---*/
SELECT
    g.gender_code,
    COUNT(DISTINCT g.guest_id) AS guests,
    COUNT(bk.apt_booking_id) AS bookings,
    COUNT(bk.apt_booking_id) FILTER (WHERE bk.booking_status_code = 'Confirmed') AS confirmed,
    MIN(g.date_of_birth) AS earliest_birth,
    MAX(g.date_of_birth) AS latest_birth
FROM Guests AS g
LEFT JOIN Apartment_Bookings AS bk ON bk.guest_id = g.guest_id
GROUP BY g.gender_code
ORDER BY guests DESC, g.gender_code

/*---
title: Repeat guests
description: Guests with at least a number of stays (2 by default), their nights and spend.
examples:
  - who are our regulars
  - guests that came back three times
  - loyalty list for the newsletter
keywords: [guests, repeat, returning, regulars, loyal, loyalty, stays, visits, spend, customers]
params:
  min_stays: {type: int, default: 2, min: 1, label: at least this many stays}
owner: "@marketing"
---*/
SELECT
    LastName,
    FirstName,
    COUNT(*) AS stays,
    SUM(CheckOut - CheckIn) AS nights,
    ROUND(SUM(Rate * (CheckOut - CheckIn)), 2) AS spend
FROM Reservations
GROUP BY LastName, FirstName
HAVING COUNT(*) >= :min_stays
ORDER BY stays DESC, spend DESC

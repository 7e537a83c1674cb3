/*---
title: Party sizes
description: Reservations per number of adults and kids in the party.
examples:
  - how big are the parties we host
  - how many bookings come with children
  - party composition of our guests
keywords: [party, group, size, adults, kids, children, families, composition, guests]
params: {}
owner: "@marketing"
---*/
SELECT
    Adults,
    Kids,
    COUNT(*) AS reservations
FROM Reservations
GROUP BY Adults, Kids
ORDER BY Adults, Kids

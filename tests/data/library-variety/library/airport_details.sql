/*---
description: |
  Détails d'un aéroport — code IATA et ville ✈.
  Written in two lines, in a block scalar.
examples:
  - details of Carnmore Aerodrome
  - which city is dalcross field in
params:
  airport: {type: string}
---*/
SELECT a.iata, a.city, a.airport_name
FROM airports a
WHERE a.airport_name ILIKE :airport

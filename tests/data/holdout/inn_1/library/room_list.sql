/*---
title: Rooms of the inn
description: >
  Every room with its beds, bed type, maximum occupancy, base price and decor. Optionally only
  one decor, one bed type, a number of beds, a price range or a minimum occupancy; sorted by
  name, price or size.
examples:
  - list our rooms
  - rustic rooms with a double bed
  - rooms for at least 4 guests under 180 a night
  - the cheapest rooms first
  - rooms that cost 100 to 150 per night
keywords: [rooms, room, inn, hotel, beds, bed, bed type, occupancy, capacity, guests, people,
           price, base price, cost, rate, decor, style, cheap, expensive, list, number of rooms]
params:
  decor:
    type: choice
    choices: [modern, traditional, rustic]
    optional: true
    synonyms: {contemporary: modern, classic: traditional, country: rustic, farmhouse: rustic}
  bed_type:
    type: choice
    choices: [King, Queen, Double]
    optional: true
    synonyms: {king size: King, king-size: King, king bed: King, queen size: Queen,
               queen bed: Queen, double bed: Double, full: Double}
  beds: {type: int, optional: true, min: 1, max: 4, label: exactly this many beds}
  min_price: {type: int, optional: true, min: 0, label: base price at least}
  max_price: {type: int, optional: true, min: 0, label: base price at most}
  min_occupancy: {type: int, optional: true, min: 1, label: sleeps at least}
  sort:
    type: choice
    choices: [name, cheapest, most_expensive, largest]
    default: name
    synonyms: {alphabetical: name, lowest price: cheapest, cheapest first: cheapest,
               price ascending: cheapest, priciest: most_expensive, highest price: most_expensive,
               most expensive first: most_expensive, biggest: largest, most guests: largest}
owner: "@front-desk"
---*/
SELECT
    RoomId,
    roomName,
    beds,
    bedType,
    maxOccupancy,
    basePrice,
    decor
FROM Rooms
WHERE 1 = 1
{% if decor %}AND decor = :decor
{% endif %}{% if bed_type %}AND bedType = :bed_type
{% endif %}{% if beds %}AND beds = :beds
{% endif %}{% if min_price %}AND basePrice >= :min_price
{% endif %}{% if max_price %}AND basePrice <= :max_price
{% endif %}{% if min_occupancy %}AND maxOccupancy >= :min_occupancy
{% endif %}ORDER BY
{% if sort == 'cheapest' %}basePrice, roomName
{% elif sort == 'most_expensive' %}basePrice DESC, roomName
{% elif sort == 'largest' %}maxOccupancy DESC, basePrice DESC
{% else %}roomName
{% endif %}

/*---
title: Reservations
description: >
  Reservations with the room, check-in and check-out dates, nightly rate, the guest's name and
  the number of adults and kids. Optionally one guest (last and/or first name), one room or one
  check-in date; sorted by check-in or by rate.
examples:
  - bookings under the name KNERIEN
  - who checked in on 2010-05-14
  - reservations for Abscond or bolster
  - what did EMERY VOLANTE book
  - the priciest bookings
keywords: [reservations, reservation, booking, bookings, reserved, guest, guests, name,
           check in, check-in, check out, stay, stayed, rate, paid, adults, kids, children]
params:
  last_name: {type: string, optional: true, label: guest's last name}
  first_name: {type: string, optional: true, label: guest's first name}
  room: {type: string, optional: true, label: room name}
  check_in: {type: date, optional: true, label: check-in date}
  sort:
    type: choice
    choices: [check_in, highest_rate]
    default: check_in
    synonyms: {date: check_in, chronological: check_in, most expensive: highest_rate,
               highest: highest_rate, priciest: highest_rate}
owner: "@front-desk"
max_rows: 1000
---*/
SELECT
    v.Code,
    r.roomName,
    v.CheckIn,
    v.CheckOut,
    v.Rate,
    v.LastName,
    v.FirstName,
    v.Adults,
    v.Kids
FROM Reservations AS v
JOIN Rooms AS r ON r.RoomId = v.Room
WHERE 1 = 1
{% if last_name %}AND v.LastName = :last_name
{% endif %}{% if first_name %}AND v.FirstName = :first_name
{% endif %}{% if room %}AND r.roomName = :room
{% endif %}{% if check_in %}AND v.CheckIn = :check_in
{% endif %}ORDER BY
{% if sort == 'highest_rate' %}v.Rate DESC, v.CheckIn
{% else %}v.CheckIn, v.Code
{% endif %}

/*---
title: Workshop bookings
description: >
  One row per booking a client made with a drama workshop group: booking id, client, the
  workshop group (its store name), the booking status, the store number on the booking, the
  order date and the planned and actual delivery dates, and the performers on it. Optionally
  one status, one client, one workshop group, or bookings ordered in one calendar year.
  Latest order first by default, or by booking id.
examples:
  - list all bookings
  - bookings with status stop
  - which bookings did Clifford make
  - bookings for Queen Art
  - planned vs actual delivery for our bookings
  - bookings ordered in 1995
keywords: [booking, bookings, booked, reservation, reservations, status, order date, delivery,
           planned delivery, actual delivery, delivered, client, clients, workshop group]
params:
  status:
    type: choice
    optional: true
    label: booking status
    choices: [good, stop]
    synonyms: {stopped: stop, on hold: stop, halted: stop, ok: good, fine: good}
  client: {type: string, optional: true, label: client name}
  workshop_group: {type: string, optional: true, label: workshop group (store name)}
  year: {type: int, optional: true, min: 1900, max: 2100, label: order year}
  sort:
    type: choice
    choices: [latest, booking_id]
    default: latest
    synonyms: {newest first: latest, most recent: latest, by date: latest, by id: booking_id,
               by booking id: booking_id}
owner: "@drama-ops"
---*/
SELECT b.Booking_ID AS booking_id, c.Customer_Name AS client, g.Store_Name AS workshop_group,
       b.Status_Code AS status, b.Store_ID AS store_number,
       CAST(b.Order_Date AS DATE) AS order_date,
       CAST(b.Planned_Delivery_Date AS DATE) AS planned_delivery,
       CAST(b.Actual_Delivery_Date AS DATE) AS actual_delivery,
       (SELECT string_agg(p.Customer_Name, ', ' ORDER BY p.Customer_Name)
          FROM Performers_in_Bookings AS pb JOIN Performers AS p ON p.Performer_ID = pb.Performer_ID
         WHERE pb.Order_ID = b.Booking_ID) AS performers
FROM Bookings AS b
LEFT JOIN Clients AS c ON c.Client_ID = b.Customer_ID
LEFT JOIN Drama_Workshop_Groups AS g ON g.Workshop_Group_ID = b.Workshop_Group_ID
WHERE 1 = 1
{% if status %}AND b.Status_Code = :status
{% endif %}{% if client %}AND c.Customer_Name = :client
{% endif %}{% if workshop_group %}AND g.Store_Name = :workshop_group
{% endif %}{% if year %}AND year(b.Order_Date) = :year
{% endif %}ORDER BY {% if sort == 'booking_id' %}b.Booking_ID{% else %}b.Order_Date DESC{% endif %}

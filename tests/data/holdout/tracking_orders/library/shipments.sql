/*---
title: Shipments
description: >
  One row per shipment: shipment id, tracking number, shipment date, the order it ships (id,
  status, placement date, customer name), the invoice (number and date) and how many items it
  carries. Optionally one tracking number, one invoice number, one order id, and a shipment
  period (all shipments by default). Latest shipment first (default) or oldest first.
examples:
  - where is parcel 7662
  - shipments billed on invoice 15
  - how was order 8 shipped
  - shipments sent in the 80s
  - our last shipment
keywords: [shipment, shipments, shipped, ship, ships, shipping, tracking, tracking number,
           parcel, package, sent, dispatched, delivery, invoice, invoice number, order, order
           id, placed, date, when, day, latest, recent, last, oldest, after, before]
params:
  period: {type: date_range, default: since 1970-01-01, label: shipped}
  tracking_number: {type: string, optional: true, label: tracking number}
  invoice_number: {type: int, optional: true, min: 1, label: invoice number}
  order_id: {type: int, optional: true, min: 1, label: order id}
  sort:
    type: choice
    choices: [newest, oldest]
    default: newest
    synonyms: {latest: newest, most recent: newest, last: newest, oldest first: oldest,
               earliest: oldest, first: oldest}
owner: "@ops-analytics"
---*/
SELECT
    s.shipment_id,
    s.shipment_tracking_number AS tracking_number,
    s.shipment_date AS shipped_at,
    s.order_id,
    o.order_status,
    o.date_order_placed AS order_placed_at,
    c.customer_name,
    s.invoice_number,
    i.invoice_date,
    (SELECT COUNT(*) FROM Shipment_Items AS si WHERE si.shipment_id = s.shipment_id) AS items
FROM Shipments AS s
LEFT JOIN Orders AS o ON o.order_id = s.order_id
LEFT JOIN Customers AS c ON c.customer_id = o.customer_id
LEFT JOIN Invoices AS i ON i.invoice_number = s.invoice_number
WHERE CAST(s.shipment_date AS DATE) BETWEEN :period_start AND :period_end
{% if tracking_number %}AND s.shipment_tracking_number = :tracking_number
{% endif %}{% if invoice_number %}AND s.invoice_number = :invoice_number
{% endif %}{% if order_id %}AND s.order_id = :order_id
{% endif %}ORDER BY
{% if sort == 'oldest' %}s.shipment_date, s.shipment_id
{% else %}s.shipment_date DESC, s.shipment_id
{% endif %}

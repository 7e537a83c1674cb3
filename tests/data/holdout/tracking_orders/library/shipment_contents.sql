/*---
title: Shipment contents
description: >
  One row per item packed in a shipment: shipment id, tracking number, shipment date, the
  order line (item id, status), the product (id, name) and the order the line belongs to.
  Optionally one tracking number. By shipment (default).
examples:
  - what was in parcel 2421
  - which lines went out in which shipment
  - packing list per shipment
keywords: [shipment, shipments, contents, packed, packing list, parcel, package, tracking,
           tracking number, items, lines, product, products, what was in]
params:
  tracking_number: {type: string, optional: true, label: tracking number}
owner: "@ops-analytics"
---*/
SELECT
    s.shipment_id,
    s.shipment_tracking_number AS tracking_number,
    s.shipment_date AS shipped_at,
    si.order_item_id,
    oi.order_item_status AS item_status,
    oi.product_id,
    p.product_name,
    oi.order_id AS line_order_id
FROM Shipment_Items AS si
JOIN Shipments AS s ON s.shipment_id = si.shipment_id
LEFT JOIN Order_Items AS oi ON oi.order_item_id = si.order_item_id
LEFT JOIN Products AS p ON p.product_id = oi.product_id
WHERE 1 = 1
{% if tracking_number %}AND s.shipment_tracking_number = :tracking_number
{% endif %}ORDER BY s.shipment_id, si.order_item_id

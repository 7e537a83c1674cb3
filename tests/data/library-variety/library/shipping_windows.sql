/*---
title: Shipments shipped and delivered in a window
description: Shipments of one carrier shipped and delivered inside the same dates (a YAML anchor reused).
engine: duckdb
examples:
  - >-
    shipments Kestrel Express shipped
    and delivered last month
  - nordic freight deliveries inside October
params:
  window: &month {type: date_range, default: last month}
  delivered: *month
  shipper: {type: string, label: carrier}
allowed_users: []
---*/
SELECT sh.shipment_id, sh.ship_date, sh.delivered_date
FROM shipments sh
WHERE sh.carrier = :shipper
  AND sh.ship_date BETWEEN :window_start AND :window_end
  AND sh.delivered_date BETWEEN :delivered_start AND :delivered_end

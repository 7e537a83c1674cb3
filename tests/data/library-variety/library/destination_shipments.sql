/*---
title: Shipments to a city
description: Shipments sent to one destination city since a date.
examples:
  - shipments to Antwerp since 2026-10-01
  - what did we ship to rotterdam since September 1
params:
  destination: {type: string, label: destination city}
  since: {type: date, default: 2026-01-01}
---*/
SELECT sh.shipment_id, sh.carrier, sh.ship_date
FROM shipments AS sh
WHERE sh.destination_city = :destination AND sh.ship_date >= :since
ORDER BY sh.ship_date

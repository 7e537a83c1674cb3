/*---
title: Late deliveries of a carrier
description: Shipments of one carrier that took more than a number of days.
examples:
  - late deliveries by Nordic Freight
  - how often is kestrel express late
params:
  carrier: {type: string}
  max_days: {type: int, default: 5}
---*/
SELECT :carrier AS carrier_asked,
       COUNT(*) AS shipments,
       COUNT(*) FILTER (WHERE date_diff('day', sh.ship_date, sh.delivered_date) > :max_days) AS late
FROM shipments sh
WHERE sh.carrier = :carrier

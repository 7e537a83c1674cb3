/*---
title: Orders by status and channel
description: Orders of one status, optionally through one sales channel.
examples:
  - cancelled orders through the Marketplace
  - pending orders from the webshop
  - shipped orders
params:
  status: {type: choice, choices: [shipped, cancelled, pending], default: shipped}
  channel: {type: string, optional: true, label: sales channel}
---*/
SELECT o.order_id, o.sales_channel, o.amount
FROM orders o
WHERE o.status = :status
{% if channel %}  AND o.sales_channel = :channel
{% endif %}ORDER BY o.order_id

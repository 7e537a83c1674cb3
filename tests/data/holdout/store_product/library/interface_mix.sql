/*---
title: Connectivity mix
description: >
  Products per interface (USB version and the like), with the average resolution and how many
  store listings each interface accounts for. Most products first.
examples:
  - interface mix of the range
  - how many models per connection type
keywords: [interface, interfaces, connection, connectivity, usb, port, mix]
params: {}
owner: "@retail-ops"
---*/
SELECT p.interface, COUNT(DISTINCT p.product_id) AS products, AVG(p.dpi) AS average_dpi,
       COUNT(sp.Store_ID) AS store_listings
FROM product AS p
LEFT JOIN store_product AS sp ON sp.Product_ID = p.product_id
GROUP BY p.interface
ORDER BY products DESC, p.interface

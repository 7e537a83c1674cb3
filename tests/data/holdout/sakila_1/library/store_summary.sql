/*---
title: Stores at a glance
description: >
  One row per store id: customers registered there (and how many are active), inventory
  items held, distinct films in stock, rentals out of its inventory and payments taken
  from its customers (count and total). By store id.
examples:
  - compare our two shops
  - how big is each location's stock
  - customer base per store
keywords: [store, stores, shop, shops, location, locations, branch, branches, inventory,
           items, stock, copies, films, customers, active, rentals, revenue, payments,
           compare, each store, per store, how many]
owner: "@store-ops"
---*/
WITH stores AS (
    SELECT store_id FROM inventory
    UNION
    SELECT store_id FROM customer
)
SELECT
    s.store_id,
    (SELECT COUNT(*) FROM customer AS cu WHERE cu.store_id = s.store_id) AS customers,
    (SELECT COUNT(*) FROM customer AS cu WHERE cu.store_id = s.store_id AND cu.active)
        AS active_customers,
    (SELECT COUNT(*) FROM inventory AS i WHERE i.store_id = s.store_id) AS inventory_items,
    (SELECT COUNT(DISTINCT i.film_id) FROM inventory AS i WHERE i.store_id = s.store_id)
        AS films_in_stock,
    (SELECT COUNT(*) FROM rental AS r JOIN inventory AS i ON i.inventory_id = r.inventory_id
     WHERE i.store_id = s.store_id) AS rentals,
    (SELECT COUNT(*) FROM payment AS p JOIN customer AS cu ON cu.customer_id = p.customer_id
     WHERE cu.store_id = s.store_id) AS payments,
    (SELECT SUM(p.amount) FROM payment AS p JOIN customer AS cu ON cu.customer_id = p.customer_id
     WHERE cu.store_id = s.store_id) AS payments_total
FROM stores AS s
ORDER BY s.store_id

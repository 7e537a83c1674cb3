/*---
title: Complaints overview
description: >
  One row: total complaints, how many new, open and closed, complaint types, customers who
  complained, products complained about, and staff handling complaints; plus the number of
  customers, products and staff on record.
examples:
  - complaints overview
  - how many complaints do we have in total
  - cx headline numbers
keywords: [overview, summary, total, totals, overall, headline, all complaints, how many,
           altogether, dashboard numbers]
params: {}
owner: "@cx-analytics"
---*/
SELECT COUNT(*) AS complaints,
       COUNT(*) FILTER (WHERE complaint_status_code = 'New') AS new,
       COUNT(*) FILTER (WHERE complaint_status_code = 'Open') AS open,
       COUNT(*) FILTER (WHERE complaint_status_code = 'Closed') AS closed,
       COUNT(DISTINCT complaint_type_code) AS complaint_types,
       COUNT(DISTINCT customer_id) AS complaining_customers,
       COUNT(DISTINCT product_id) AS products_complained_about,
       COUNT(DISTINCT staff_id) AS staff_handling,
       (SELECT COUNT(*) FROM Customers) AS customers_on_record,
       (SELECT COUNT(*) FROM Products) AS products_on_record,
       (SELECT COUNT(*) FROM Staff) AS staff_on_record
FROM Complaints

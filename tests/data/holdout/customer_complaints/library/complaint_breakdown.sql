/*---
title: Complaints breakdown
description: >
  Complaints counted by status (default), type, outcome, product, product category,
  handling staff member, customer, customer type or customer state (`by`), with how many
  are new, open and closed, and the first and last date raised. Optionally only one status
  or type. Most complaints first (default) or by group.
examples:
  - complaints by status
  - number of complaints per product
  - which staff member handles the most complaints
  - complaint count by type
keywords: [complaints, how many complaints, number of complaints, count, per, each, by,
           breakdown, status, type, outcome, product, category, staff, customer, customer
           type, state, most complaints, fewest complaints, volume]
params:
  by:
    type: choice
    choices: [status, type, outcome, product, category, staff, customer, customer_type, state]
    default: status
    synonyms: {statuses: status, complaint type: type, types: type, outcomes: outcome,
               result: outcome, products: product, item: product, product category: category,
               categories: category, staff member: staff, employee: staff, handler: staff,
               agent: staff, customers: customer, client: customer,
               customer type: customer_type, credit rating: customer_type, states: state}
  status:
    type: choice
    optional: true
    choices: [New, Open, Closed]
    synonyms: {new: New, open: Open, closed: Closed, resolved: Closed}
  complaint_type:
    type: choice
    optional: true
    choices: [Product Failure, Product Unusable]
    synonyms: {failure: Product Failure, unusable: Product Unusable}
  sort:
    type: choice
    choices: [most_complaints, fewest_complaints, group]
    default: most_complaints
    synonyms: {most: most_complaints, fewest: fewest_complaints, least: fewest_complaints,
               alphabetical: group, by name: group}
owner: "@cx-analytics"
---*/
SELECT
{% if by == 'type' %}cp.complaint_type_code
{% elif by == 'outcome' %}cp.complaint_outcome_code
{% elif by == 'product' %}p.product_name
{% elif by == 'category' %}p.product_category_code
{% elif by == 'staff' %}s.first_name || ' ' || s.last_name
{% elif by == 'customer' %}CAST(cu.customer_id AS VARCHAR) || ' ' || cu.email_address
{% elif by == 'customer_type' %}cu.customer_type_code
{% elif by == 'state' %}cu.state
{% else %}cp.complaint_status_code
{% endif %} AS grouping,
    COUNT(*) AS complaints,
    COUNT(*) FILTER (WHERE cp.complaint_status_code = 'New') AS new,
    COUNT(*) FILTER (WHERE cp.complaint_status_code = 'Open') AS open,
    COUNT(*) FILTER (WHERE cp.complaint_status_code = 'Closed') AS closed,
    MIN(cp.date_complaint_raised) AS first_raised, MAX(cp.date_complaint_raised) AS last_raised
FROM Complaints AS cp
JOIN Products AS p ON p.product_id = cp.product_id
JOIN Customers AS cu ON cu.customer_id = cp.customer_id
JOIN Staff AS s ON s.staff_id = cp.staff_id
WHERE 1 = 1
{% if status %}AND cp.complaint_status_code = :status
{% endif %}{% if complaint_type %}AND cp.complaint_type_code = :complaint_type
{% endif %}GROUP BY grouping
ORDER BY
{% if sort == 'fewest_complaints' %}complaints, grouping
{% elif sort == 'group' %}grouping
{% else %}complaints DESC, grouping
{% endif %}

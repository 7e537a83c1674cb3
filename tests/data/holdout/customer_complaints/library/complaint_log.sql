/*---
title: Complaint log
description: >
  One row per complaint: id, date raised, date closed, status, type, outcome, the product
  (name, category, price), the customer (id, email, type) and the staff member handling
  it. Optionally one complaint, status, type, outcome, product, product category,
  customer (id or email), customer type, or staff member (last name). Newest raised first
  (default), oldest first, or by id.
examples:
  - show all open complaints
  - complaints about the keyboard
  - complaints handled by Boehm
  - product failure complaints from customer 114
keywords: [complaint, complaints, ticket, tickets, case, cases, issue, issues, raised,
           closed, status, type, outcome, product, customer, staff, handled by, assigned,
           open, new, closed, product failure, product unusable, log, list]
params:
  complaint_id: {type: int, optional: true, min: 1, max: 10000000}
  status:
    type: choice
    optional: true
    choices: [New, Open, Closed]
    synonyms: {new: New, open: Open, opened: Open, closed: Closed, resolved: Closed}
  complaint_type:
    type: choice
    optional: true
    choices: [Product Failure, Product Unusable]
    synonyms: {failure: Product Failure, failed: Product Failure, broken: Product Failure,
               unusable: Product Unusable}
  outcome: {type: string, optional: true, label: outcome code}
  product: {type: string, optional: true, label: product name}
  category: {type: string, optional: true, label: product category}
  customer_id: {type: int, optional: true, min: 1, max: 10000000}
  customer_email: {type: string, optional: true}
  customer_type: {type: string, optional: true, label: customer type code}
  staff: {type: string, optional: true, label: staff member's last name}
  sort:
    type: choice
    choices: [newest, oldest, id]
    default: newest
    synonyms: {most recent: newest, latest: newest, earliest: oldest, oldest first: oldest,
               by id: id}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@cx-analytics"
---*/
SELECT cp.complaint_id, cp.date_complaint_raised AS raised, cp.date_complaint_closed AS closed,
       cp.complaint_status_code AS status, cp.complaint_type_code AS type,
       cp.complaint_outcome_code AS outcome, p.product_name AS product,
       p.product_category_code AS category, p.product_price AS price,
       cu.customer_id, cu.email_address AS customer_email, cu.customer_type_code AS customer_type,
       s.first_name || ' ' || s.last_name AS staff
FROM Complaints AS cp
JOIN Products AS p ON p.product_id = cp.product_id
JOIN Customers AS cu ON cu.customer_id = cp.customer_id
JOIN Staff AS s ON s.staff_id = cp.staff_id
WHERE 1 = 1
{% if complaint_id %}AND cp.complaint_id = :complaint_id
{% endif %}{% if status %}AND cp.complaint_status_code = :status
{% endif %}{% if complaint_type %}AND cp.complaint_type_code = :complaint_type
{% endif %}{% if outcome %}AND cp.complaint_outcome_code = :outcome
{% endif %}{% if product %}AND p.product_name = :product
{% endif %}{% if category %}AND p.product_category_code = :category
{% endif %}{% if customer_id %}AND cu.customer_id = :customer_id
{% endif %}{% if customer_email %}AND lower(cu.email_address) = lower(:customer_email)
{% endif %}{% if customer_type %}AND cu.customer_type_code = :customer_type
{% endif %}{% if staff %}AND s.last_name = :staff
{% endif %}ORDER BY
{% if sort == 'oldest' %}cp.date_complaint_raised, cp.complaint_id
{% elif sort == 'id' %}cp.complaint_id
{% else %}cp.date_complaint_raised DESC, cp.complaint_id
{% endif %}{% if n %}LIMIT :n
{% endif %}

/*---
title: Support rep book of business
description: >
  One row per sales support rep who looks after customers: employee id, first and last
  name, city, how many customers they serve, their customers' invoices and revenue.
  Optionally reps with at least or at most a number of customers, or one year of invoices.
  Most customers first (default), most revenue, or by last name.
examples:
  - how many accounts does each rep handle
  - revenue per support rep in 2012
  - reps looking after 15 customers or more
keywords: [support, rep, reps, representative, representatives, sales support, agent,
           agents, employee, employees, serve, serves, serving, help, helps, handle,
           look after, accounts, customers, how many, number, count, at least, at most,
           no more than, or more, revenue, sales, invoices, book, caseload, per rep, each rep]
params:
  min_customers: {type: int, optional: true, min: 0, max: 1000, label: customers at least}
  max_customers: {type: int, optional: true, min: 0, max: 1000, label: customers at most}
  year: {type: int, optional: true, min: 2000, max: 2100, label: invoice year}
  sort:
    type: choice
    choices: [most_customers, revenue, last_name]
    default: most_customers
    synonyms: {most customers: most_customers, biggest book: most_customers,
               revenue: revenue, most revenue: revenue, top seller: revenue,
               by name: last_name, alphabetical: last_name}
owner: "@music-store-data"
---*/
WITH book AS (
    SELECT SupportRepId, COUNT(*) AS customers
    FROM Customer
    GROUP BY SupportRepId
), money AS (
    SELECT c.SupportRepId, COUNT(*) AS invoices, SUM(i.Total) AS revenue
    FROM Invoice AS i
    JOIN Customer AS c ON c.CustomerId = i.CustomerId
    WHERE 1 = 1
    {% if year is not none and year is not false %}AND year(i.InvoiceDate) = :year
    {% endif %}GROUP BY c.SupportRepId
)
SELECT
    e.EmployeeId AS employee_id,
    e.FirstName AS first_name,
    e.LastName AS last_name,
    e.City AS city,
    b.customers,
    COALESCE(m.invoices, 0) AS invoices,
    COALESCE(m.revenue, 0) AS revenue
FROM Employee AS e
JOIN book AS b ON b.SupportRepId = e.EmployeeId
LEFT JOIN money AS m ON m.SupportRepId = e.EmployeeId
WHERE 1 = 1
{% if min_customers is not none and min_customers is not false %}AND b.customers >= :min_customers
{% endif %}{% if max_customers is not none and max_customers is not false %}AND b.customers <= :max_customers
{% endif %}ORDER BY
{% if sort == 'revenue' %}revenue DESC, e.EmployeeId
{% elif sort == 'last_name' %}e.LastName, e.FirstName
{% else %}b.customers DESC, e.EmployeeId
{% endif %}

/*---
title: Customers
description: >
  Every customer (learner driver): id, first and last name, status (Good Customer, Bad
  Customer), date they became a customer, date of birth, amount outstanding, email, phone and
  mobile, home address (street, city, zip code, state, country), number of payments and total
  paid. Optionally one customer by first and/or last name, one status, one city, an
  outstanding-amount range, or at least so many payments; sorted by last name (default) or
  highest outstanding amount.
examples:
  - learner contact list
  - email and mobile of Dianna Trantow
  - good standing customers
  - learners owing over 5000
  - customers in South Eugene
  - customers with at least 2 payments
keywords: [customer, customers, learner, learners, student, students, client, clients, driver,
           name, first name, last name, email, email address, phone, phone number, mobile,
           cell, birthday, date of birth, born, since, became, joined, status, good, bad,
           outstanding, owed, owes, balance, debt, address, lives, city, zip, zip code, state,
           country, payments, paid, total paid]
params:
  first_name: {type: string, optional: true, label: customer's first name}
  last_name: {type: string, optional: true, label: customer's last name}
  status:
    type: choice
    choices: [Good Customer, Bad Customer]
    optional: true
    synonyms: {good: Good Customer, good standing: Good Customer, reliable: Good Customer,
               bad: Bad Customer, bad standing: Bad Customer, problem: Bad Customer}
  city: {type: string, optional: true, label: customer's city}
  min_outstanding: {type: number, optional: true, min: 0, label: at least this much outstanding}
  max_outstanding: {type: number, optional: true, min: 0, label: at most this much outstanding}
  outstanding_above: {type: number, optional: true, min: 0, label: more than this much outstanding}
  min_payments: {type: int, optional: true, min: 0, label: at least this many payments}
  sort:
    type: choice
    choices: [last_name, most_outstanding]
    default: last_name
    synonyms: {alphabetical: last_name, surname: last_name, owes most: most_outstanding,
               biggest debt: most_outstanding, highest balance: most_outstanding}
owner: "@school-ops"
---*/
WITH paid AS (
    SELECT customer_id, COUNT(*) AS payments, SUM(amount_payment) AS total_paid
    FROM Customer_Payments
    GROUP BY customer_id
)
SELECT
    c.customer_id,
    c.first_name,
    c.last_name,
    c.customer_status_code,
    c.date_became_customer,
    c.date_of_birth,
    c.amount_outstanding,
    c.email_address,
    c.phone_number,
    c.cell_mobile_phone_number,
    a.line_1_number_building,
    a.city,
    a.zip_postcode,
    a.state_province_county,
    a.country,
    COALESCE(paid.payments, 0) AS payments,
    COALESCE(paid.total_paid, 0) AS total_paid
FROM Customers AS c
JOIN Addresses AS a ON a.address_id = c.customer_address_id
LEFT JOIN paid ON paid.customer_id = c.customer_id
WHERE 1 = 1
{% if first_name %}AND c.first_name = :first_name
{% endif %}{% if last_name %}AND c.last_name = :last_name
{% endif %}{% if status %}AND c.customer_status_code = :status
{% endif %}{% if city %}AND a.city = :city
{% endif %}{% if min_outstanding is not none and min_outstanding is not false %}AND c.amount_outstanding >= :min_outstanding
{% endif %}{% if max_outstanding is not none and max_outstanding is not false %}AND c.amount_outstanding <= :max_outstanding
{% endif %}{% if outstanding_above is not none and outstanding_above is not false %}AND c.amount_outstanding > :outstanding_above
{% endif %}{% if min_payments is not none and min_payments is not false %}AND COALESCE(paid.payments, 0) >= :min_payments
{% endif %}ORDER BY
{% if sort == 'most_outstanding' %}c.amount_outstanding DESC, c.last_name
{% else %}c.last_name, c.first_name
{% endif %}

/*---
title: Service bookings
description: >
  One row per service booking a party made: booking id, party id, the party's email and
  payment method, the service (id, name, type), when the booking was made and when the
  service takes place. Optionally one party, one service id, one service name, one service
  type or one payment method. Latest service first.
examples:
  - service bookings list
  - what services did party 3 book
  - bookings for Welfare services
  - bookings by parties paying by credit card
  - who booked service 6
keywords: [booking, bookings, booked, book, reservation, appointment, appointments, used,
           service booking, service bookings, party, parties, when]
params:
  party_id: {type: int, optional: true, min: 1, label: party id}
  service_id: {type: int, optional: true, min: 1, label: service id}
  service_name:
    type: choice
    optional: true
    label: service name
    choices: [Education, Health, Welfare]
  service_type:
    type: choice
    optional: true
    label: service type code
    choices: [Education, Health, Welfare]
  payment_method:
    type: choice
    optional: true
    label: payment method
    choices: [Cash, Cheque, Credit Card, Direct Debit]
    synonyms: {check: Cheque, card: Credit Card, debit: Direct Debit}
owner: "@egov-data"
---*/
SELECT b.booking_id, b.customer_id AS party_id, p.party_email AS email,
       p.payment_method_code AS payment_method, b.service_id, s.service_name,
       s.service_type_code AS service_type, b.booking_made_date AS booked_at,
       b.service_datetime AS service_at
FROM Party_Services AS b
LEFT JOIN Parties AS p ON p.party_id = b.customer_id
LEFT JOIN Services AS s ON s.service_id = b.service_id
WHERE 1 = 1
{% if party_id is not none %}AND b.customer_id = :party_id
{% endif %}{% if service_id is not none %}AND b.service_id = :service_id
{% endif %}{% if service_name %}AND s.service_name = :service_name
{% endif %}{% if service_type %}AND s.service_type_code = :service_type
{% endif %}{% if payment_method %}AND p.payment_method_code = :payment_method
{% endif %}ORDER BY b.service_datetime DESC

/*---
title: Passenger complaints summary
description: >
  Passenger complaints received in a period by category (delay, cancellation, baggage, staff,
  refund, seat): how many, how many are still open, and the compensation paid.
examples:
  - complaints last month
  - what are passengers complaining about this quarter?
  - baggage complaints in October
  - how many customer complaints did we get last week
  - complaint categories breakdown year to date
  - compensation paid for delay complaints since September
  - open complaints about staff this month
keywords: [complaint, complaints, complaining, complained, grievance, grievances, feedback,
           unhappy, angry, customer relations, compensation, claims, category, categories,
           baggage, lost luggage, delay, staff, rude]
params:
  period: {type: date_range, default: last month, label: period}
  category:
    type: choice
    choices: [delay, cancellation, baggage, staff, refund, seat]
    optional: true
    synonyms: {delays: delay, late: delay, cancellations: cancellation, cancelled: cancellation,
               bags: baggage, luggage: baggage, lost luggage: baggage, lost bags: baggage,
               crew: staff, rude: staff, service: staff, refunds: refund, money back: refund,
               seats: seat, seating: seat, legroom: seat}
owner: "@customer-analytics"
---*/
SELECT
    c.category,
    COUNT(*) AS complaints,
    COUNT(*) FILTER (WHERE c.status <> 'closed') AS still_open,
    ROUND(SUM(COALESCE(c.compensation, 0)), 2) AS compensation_paid
FROM complaints AS c
WHERE c.received_date BETWEEN :period_start AND :period_end
{% if category %}  AND c.category = :category
{% endif %}GROUP BY c.category
ORDER BY complaints DESC

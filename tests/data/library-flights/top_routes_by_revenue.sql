/*---
title: Top routes by revenue
description: >
  The routes that brought in the most ticket revenue over a period, ranked, with passengers
  carried (PAX), average fare and revenue per available seat kilometre (RASK).
examples:
  - top 10 routes by revenue last quarter
  - our most lucrative routes this year
  - which routes made the most money in October?
  - best 5 city pairs by ticket revenue since July
  - highest grossing routes over the last 3 months
  - top 25 routes by revenue year to date, with RASK
  - where do we earn the most, route wise, last month
keywords: [top, best, highest, most, biggest, ranking, ranked, route, routes, city pair,
           city pairs, revenue, rev, ticket revenue, earn, money, grossing, rask, yield,
           lucrative]
params:
  n: {type: int, default: 10, min: 1, max: 500, label: how many routes}
  period: {type: date_range, default: last 3 months, label: period}
owner: "@network-planning"
---*/
WITH route_revenue AS (
    SELECT
        f.origin || '-' || f.destination AS route,
        COUNT(*) AS pax,
        SUM(b.fare_amount) AS revenue
    FROM bookings AS b
    JOIN flights AS f ON f.flight_id = b.flight_id
    WHERE f.flight_date BETWEEN :period_start AND :period_end
      AND b.status IN ('ticketed', 'flown')
    GROUP BY 1
),
route_capacity AS (
    SELECT
        origin || '-' || destination AS route,
        SUM(seats * distance_km) AS available_seat_km
    FROM flights
    WHERE flight_date BETWEEN :period_start AND :period_end
      AND status <> 'cancelled'
    GROUP BY 1
)
SELECT
    r.route,
    r.pax,
    ROUND(r.revenue, 2) AS revenue,
    ROUND(r.revenue / r.pax, 2) AS average_fare,
    ROUND(r.revenue / NULLIF(c.available_seat_km, 0), 4) AS rask
FROM route_revenue AS r
LEFT JOIN route_capacity AS c ON c.route = r.route
ORDER BY r.revenue DESC
LIMIT :n

/*---
title: Length of stay
description: >
  Average, shortest and longest booking length in days per apartment type; optionally
  the bookings of one status only.
examples:
  - how long do people stay on average
  - typical lease length for duplexes
  - average booking length in days
keywords: [length, duration, long, how long, days, nights, stay, stays, lease length, average
           stay, longest, shortest]
params:
  status:
    type: choice
    choices: [Provisional, Confirmed]
    optional: true
    synonyms: {tentative: Provisional, pending: Provisional, firm: Confirmed}
owner: "@property-analytics"
---*/
SELECT
    a.apt_type_code,
    COUNT(*) AS bookings,
    ROUND(AVG(date_diff('day', bk.booking_start_date, bk.booking_end_date)), 1) AS avg_days,
    MIN(date_diff('day', bk.booking_start_date, bk.booking_end_date)) AS min_days,
    MAX(date_diff('day', bk.booking_start_date, bk.booking_end_date)) AS max_days
FROM Apartment_Bookings AS bk
JOIN Apartments AS a ON a.apt_id = bk.apt_id
WHERE 1 = 1
{% if status %}AND bk.booking_status_code = :status
{% endif %}GROUP BY a.apt_type_code
ORDER BY avg_days DESC

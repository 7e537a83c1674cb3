/*---
title: Unit availability log
description: >
  The unit-status records: apartment number, booking id, status date and whether the unit was
  available. Optionally one apartment number, or only available (or unavailable) records.
  Latest first.
examples:
  - unit availability history
  - when were units marked unavailable
  - unit status records
keywords: [availability, available, unavailable, vacancy, vacant, occupied, status, unit
           status, status date, log, history, record, records]
params:
  apartment: {type: string, optional: true, label: apartment number}
  available:
    type: choice
    choices: ['yes', 'no']
    optional: true
    synonyms: {available: 'yes', free: 'yes', vacant: 'yes', unavailable: 'no', occupied: 'no',
               taken: 'no'}
owner: "@property-analytics"
---*/
SELECT
    a.apt_number,
    s.apt_booking_id,
    s.status_date,
    s.available_yn
FROM View_Unit_Status AS s
JOIN Apartments AS a ON a.apt_id = s.apt_id
WHERE 1 = 1
{% if apartment %}AND a.apt_number = :apartment
{% endif %}{% if available %}AND s.available_yn = (:available = 'yes')
{% endif %}ORDER BY s.status_date DESC

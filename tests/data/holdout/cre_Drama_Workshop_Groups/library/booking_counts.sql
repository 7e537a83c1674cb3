/*---
title: Booking counts
description: >
  The number of bookings grouped by status (default), by workshop group, by client or by
  order year, with how many were stopped. Biggest group first. Optionally one status.
examples:
  - how many bookings per status
  - bookings count by workshop group
  - which client books the most
  - number of bookings each year
  - total bookings
keywords: [bookings, booking, count, counts, number, how many, total, per, by status,
           by workshop group, by client, by year, most, most common, frequent]
params:
  by:
    type: choice
    choices: [status, workshop_group, client, year]
    default: status
    synonyms: {by status: status, per status: status, by group: workshop_group,
               per workshop group: workshop_group, per group: workshop_group,
               by client: client, per client: client, by year: year, per year: year,
               yearly: year}
  status:
    type: choice
    optional: true
    label: booking status
    choices: [good, stop]
    synonyms: {stopped: stop}
owner: "@drama-ops"
---*/
SELECT
{% if by == 'workshop_group' %}g.Store_Name AS workshop_group,
{% elif by == 'client' %}c.Customer_Name AS client,
{% elif by == 'year' %}year(b.Order_Date) AS order_year,
{% else %}b.Status_Code AS status,
{% endif %}COUNT(*) AS bookings, COUNT(*) FILTER (WHERE b.Status_Code = 'stop') AS stopped
FROM Bookings AS b
LEFT JOIN Clients AS c ON c.Client_ID = b.Customer_ID
LEFT JOIN Drama_Workshop_Groups AS g ON g.Workshop_Group_ID = b.Workshop_Group_ID
WHERE 1 = 1
{% if status %}AND b.Status_Code = :status
{% endif %}GROUP BY 1
ORDER BY bookings DESC, 1

/*---
title: Time to hire (TTH)
description: >
  Average and median days from a requisition opening to the offer being accepted (time to
  hire, time to fill) for roles filled in a period, per department, with the number of hires
  and offers declined.
examples:
  - time to hire last quarter
  - TTH by department this year
  - how long does it take us to fill an engineering role?
  - average days to hire in sales for Q3
  - time to fill since July
  - median time-to-hire in 2025
  - how fast are we hiring for marketing these days, last 6 months
keywords: [time to hire, tth, time to fill, ttf, days to hire, days to fill, how long, how
           fast, speed, hiring speed, recruiting, recruitment, offer accepted, filled, fill,
           average days, median days, velocity]
params:
  period: {type: date_range, default: last quarter, label: offer accepted period}
  department:
    type: choice
    choices: [engineering, product, sales, marketing, customer_support, finance, hr, operations]
    optional: true
    synonyms: {eng: engineering, engineers: engineering, engineering team: engineering,
               r&d: engineering, dev: engineering, developers: engineering, pm: product,
               product management: product, product team: product, sales team: sales,
               account executives: sales, aes: sales, mktg: marketing, marketing team: marketing,
               support: customer_support, customer support: customer_support,
               customer service: customer_support, cx: customer_support, helpdesk: customer_support,
               fin: finance, accounting: finance, finance team: finance, people team: hr,
               people ops: hr, human resources: hr, ops: operations, operations team: operations}
owner: "@talent-acquisition"
---*/
SELECT
    r.department,
    COUNT(*) AS hires,
    ROUND(AVG(o.accepted_date - r.opened_date), 1) AS avg_days_to_hire,
    ROUND(MEDIAN(o.accepted_date - r.opened_date), 1) AS median_days_to_hire,
    SUM(r.declined_offers) AS offers_declined
FROM requisitions AS r
JOIN offers AS o ON o.req_id = r.req_id AND o.status = 'accepted'
WHERE o.accepted_date BETWEEN :period_start AND :period_end
{% if department %}  AND r.department = :department
{% endif %}GROUP BY r.department
ORDER BY avg_days_to_hire DESC

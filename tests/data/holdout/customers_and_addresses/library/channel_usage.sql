/*---
title: Contact channel usage
description: >
  One row per channel code (Email, Cell, Handheld, Fax, Mobile) and a last row for all
  channels together: how many contact entries use it, for how many customers, their average
  number of days active, and the earliest start and latest end of activity. Optionally only
  channel codes used at least or at most a given number of times. By channel code (default),
  most used, least used, or longest average time active first; the all-channels row comes
  last.
examples:
  - which contact channels do customers give us most
  - channels with 3 or more entries
  - how long does a phone number stay active on average
  - rarely used contact channels
keywords: [channel, channels, channel code, contact, contact channel, email, cell, handheld,
           fax, mobile, used, uses, times, usage, customers, average, time span, duration,
           active, days, how long, most, least, fewer than, less than, at most, at least, per,
           each, overall, all, how many, number, count]
params:
  min_uses: {type: int, optional: true, min: 1, max: 100000, label: used at least this many times}
  max_uses: {type: int, optional: true, min: 0, max: 100000, label: used at most this many times}
  sort:
    type: choice
    choices: [code, most_used, least_used, longest_average]
    default: code
    synonyms: {by code: code, alphabetical: code, most used: most_used, most popular: most_used,
               most common: most_used, least used: least_used, rarest: least_used,
               least common: least_used, longest: longest_average,
               longest average: longest_average}
owner: "@cx-analytics"
---*/
WITH channels AS (
    SELECT
        channel_code,
        customer_id,
        active_from_date,
        active_to_date,
        date_diff('second', active_from_date, active_to_date) / 86400.0 AS days_active
    FROM Customer_Contact_Channels
),
rows AS (
    SELECT channel_code, 0 AS is_total, COUNT(*) AS uses, COUNT(DISTINCT customer_id) AS customers,
           ROUND(AVG(days_active), 1) AS avg_days_active,
           MIN(active_from_date) AS first_active_from, MAX(active_to_date) AS last_active_to
    FROM channels
    GROUP BY channel_code
    UNION ALL
    SELECT 'All channels', 1, COUNT(*), COUNT(DISTINCT customer_id), ROUND(AVG(days_active), 1),
           MIN(active_from_date), MAX(active_to_date)
    FROM channels
)
SELECT channel_code, uses, customers, avg_days_active, first_active_from, last_active_to
FROM rows
WHERE 1 = 1
{% if min_uses is not none and min_uses is not false %}AND uses >= :min_uses
{% endif %}{% if max_uses is not none and max_uses is not false %}AND uses <= :max_uses
{% endif %}ORDER BY is_total,
{% if sort == 'most_used' %}uses DESC, channel_code
{% elif sort == 'least_used' %}uses, channel_code
{% elif sort == 'longest_average' %}avg_days_active DESC, channel_code
{% else %}channel_code
{% endif %}

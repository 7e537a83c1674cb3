/*---
title: New signups over time
description: >
  New customers (sign-ups, registrations) per day over a period, in total and per
  acquisition channel (organic, paid, referral, partner).
examples:
  - signups last month
  - how many people signed up this week?
  - new customer registrations per day in October
  - new accounts from referrals since September
  - daily signups from paid ads last 30 days
  - how many new users joined yesterday
  - sign ups by channel for Q3
  - number of new customers acquired this month
keywords: [signups, signup, sign ups, signed up, sign-ups, registrations, registered, new
           customers, new users, new accounts, joined, acquisition, acquired, channel,
           channels, onboarded,
           account creation, created, creation, new clients, new signups]
params:
  period: {type: date_range, default: last month, label: period}
  channel:
    type: choice
    choices: [organic, paid, referral, partner]
    optional: true
    synonyms: {seo: organic, direct: organic, unpaid: organic, ads: paid,
               paid ads: paid, advertising: paid, ppc: paid, sem: paid, paid search: paid,
               paid social: paid, referrals: referral, referred: referral, word of mouth: referral,
               invites: referral, partners: partner, affiliate: partner, affiliates: partner,
               resellers: partner}
owner: "@data-team"
---*/
SELECT
    signup_date AS day,
    COUNT(*) AS signups{% if not channel %},
    COUNT(*) FILTER (WHERE channel = 'organic') AS organic,
    COUNT(*) FILTER (WHERE channel = 'paid') AS paid,
    COUNT(*) FILTER (WHERE channel = 'referral') AS referral,
    COUNT(*) FILTER (WHERE channel = 'partner') AS partner{% endif %}
FROM customers
WHERE signup_date BETWEEN :period_start AND :period_end
{% if channel %}  AND channel = :channel
{% endif %}GROUP BY signup_date
ORDER BY signup_date

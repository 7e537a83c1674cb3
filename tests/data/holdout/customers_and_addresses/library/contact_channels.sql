/*---
title: Customer contact channels
description: >
  One row per contact channel a customer has given us: customer id and name, channel code
  (Email, Cell, Handheld, Fax, Mobile), the contact number, the dates it was active from and
  to, and for how many days it was active. Optionally one customer by full name or one
  channel code. By customer (default), most recently active, most recently opened, or
  longest active first.
examples:
  - how can we reach Salvatore Tillman
  - all fax numbers on file
  - contact details that stayed active the longest
  - which channels were still active most recently
keywords: [contact, contacts, channel, channels, channel code, contact number, number,
           numbers, phone, email, e-mail, cell, handheld, fax, mobile, reach, active, active
           from, active to, since, until, date, dates, time span, duration, longest, latest,
           most recent, used, uses, customer, customers, who, name]
params:
  customer: {type: string, optional: true, label: customer's full name}
  channel:
    type: choice
    optional: true
    choices: [Email, Cell, Handheld, Fax, Mobile]
    synonyms: {email: Email, e-mail: Email, emails: Email, mail: Email, cell: Cell,
               cell phone: Cell, cellphone: Cell, handheld: Handheld, hand-held: Handheld,
               fax: Fax, fax number: Fax, faxes: Fax, mobile: Mobile, mobile phone: Mobile}
  sort:
    type: choice
    choices: [customer, most_recent, newest, longest]
    default: customer
    synonyms: {by customer: customer, by name: customer, most recent: most_recent,
               latest: most_recent, last active: most_recent, most recently active: most_recent,
               newest: newest, most recently opened: newest, latest start: newest,
               longest: longest, longest active: longest, longest time: longest,
               longest duration: longest}
owner: "@cx-analytics"
---*/
SELECT
    c.customer_id,
    c.customer_name,
    ch.channel_code,
    ch.contact_number,
    ch.active_from_date,
    ch.active_to_date,
    ROUND(date_diff('second', ch.active_from_date, ch.active_to_date) / 86400.0, 1) AS days_active
FROM Customer_Contact_Channels AS ch
JOIN Customers AS c ON c.customer_id = ch.customer_id
WHERE 1 = 1
{% if customer %}AND c.customer_name = :customer
{% endif %}{% if channel %}AND ch.channel_code = :channel
{% endif %}ORDER BY
{% if sort == 'most_recent' %}ch.active_to_date DESC, c.customer_name
{% elif sort == 'newest' %}ch.active_from_date DESC, c.customer_name
{% elif sort == 'longest' %}ch.active_to_date - ch.active_from_date DESC, c.customer_name
{% else %}c.customer_name, ch.active_from_date
{% endif %}

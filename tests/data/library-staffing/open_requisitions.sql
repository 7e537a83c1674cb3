/*---
title: Open requisitions
description: >
  Job requisitions (reqs, open roles, vacancies) that are still open, with department, level,
  recruiter, hiring manager, candidates in pipeline and days open; optionally only reqs open
  longer than a number of days.
examples:
  - open reqs
  - how many open roles do we have in engineering?
  - vacancies older than 60 days
  - which senior positions are we still hiring for?
  - list of open requisitions in marketing
  - reqs that have been open more than 90 days
  - unfilled jobs by department
  - what roles is the product team recruiting for right now
keywords: [requisitions, requisition, reqs, req, open reqs, open roles, roles, open positions,
           positions, vacancies, vacancy, job openings, openings, jobs, unfilled, recruiting,
           pipeline, hiring for, days open, aging, stale]
params:
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
  level:
    type: choice
    choices: [junior, mid, senior, lead, principal, director]
    optional: true
    synonyms: {entry level: junior, entry-level: junior, jr: junior, associate: junior,
               graduate: junior, mid-level: mid, mid level: mid, intermediate: mid, sr: senior,
               snr: senior, team lead: lead, tech lead: lead, staff engineer: principal,
               distinguished: principal, head of: director, vp: director, executive: director}
  older_than_days: {type: int, default: 0, min: 0, max: 730, label: open for more than N days}
owner: "@talent-acquisition"
---*/
SELECT
    r.req_id,
    r.job_title,
    r.department,
    r.level,
    r.location,
    r.recruiter,
    r.hiring_manager,
    r.opened_date,
    CAST(current_date - r.opened_date AS INTEGER) AS days_open,
    COUNT(a.candidate_id) FILTER (WHERE a.stage NOT IN ('rejected', 'withdrawn')) AS in_pipeline
FROM requisitions AS r
LEFT JOIN applications AS a ON a.req_id = r.req_id
WHERE r.status = 'open'
  AND current_date - r.opened_date > :older_than_days
{% if department %}  AND r.department = :department
{% endif %}{% if level %}  AND r.level = :level
{% endif %}GROUP BY ALL
ORDER BY days_open DESC

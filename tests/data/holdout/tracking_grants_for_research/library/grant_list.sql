/*---
title: Grants
description: >
  One row per grant: grant id, the organisation holding it (id, details, type), amount, start
  and end date, and how many documents were filed for it (initial applications and regular
  documents). Optionally one organisation, one organisation type, or only grants above an
  amount. Largest first (default), most documents, earliest start, or by grant id.
examples:
  - our biggest grants
  - grants held by organisation 7
  - which grant has the most paperwork
  - sponsor grants over 10k
keywords: [grant, grants, award, awards, amount, money, funding, start date, end date,
           documents, paperwork, filings, how many documents, largest, biggest, most,
           organisation, id]
params:
  organisation_id: {type: int, optional: true, min: 1, label: organisation id}
  org_type:
    type: choice
    optional: true
    choices: [RES, SPON]
    synonyms: {research: RES, research organisations: RES, sponsor: SPON, sponsors: SPON}
  amount_over: {type: number, optional: true, min: 0, label: grant amount more than}
  sort:
    type: choice
    choices: [largest, most_documents, earliest_start, id]
    default: largest
    synonyms: {biggest: largest, largest: largest, most documents: most_documents,
               most paperwork: most_documents, earliest: earliest_start, oldest: earliest_start,
               by id: id}
owner: "@grants-analytics"
---*/
SELECT
    g.grant_id,
    g.organisation_id,
    o.organisation_details,
    o.organisation_type,
    g.grant_amount,
    g.grant_start_date,
    g.grant_end_date,
    COUNT(d.document_id) AS documents,
    COUNT(d.document_id) FILTER (WHERE d.document_type_code = 'APP') AS initial_applications,
    COUNT(d.document_id) FILTER (WHERE d.document_type_code = 'REG') AS regular_documents
FROM Grants AS g
JOIN Organisations AS o ON o.organisation_id = g.organisation_id
LEFT JOIN Documents AS d ON d.grant_id = g.grant_id
WHERE 1 = 1
{% if organisation_id %}AND g.organisation_id = :organisation_id
{% endif %}{% if org_type %}AND o.organisation_type = :org_type
{% endif %}{% if amount_over is not none and amount_over is not false %}AND g.grant_amount > :amount_over
{% endif %}GROUP BY g.grant_id, g.organisation_id, o.organisation_details, o.organisation_type,
    g.grant_amount, g.grant_start_date, g.grant_end_date
ORDER BY
{% if sort == 'most_documents' %}documents DESC, g.grant_id
{% elif sort == 'earliest_start' %}g.grant_start_date, g.grant_id
{% elif sort == 'id' %}g.grant_id
{% else %}g.grant_amount DESC, g.grant_id
{% endif %}

/*---
title: Grant documents
description: >
  One row per document filed for a grant: document id, type code and description (Initial
  Application or Regular), the grant (id, amount), the organisation holding the grant (id,
  type), the date it was sent and the date the response was received. Optionally one document
  type, one grant, one organisation type, or only documents of grants above an amount. By sent
  date (default), by response date, or by document id.
examples:
  - all initial applications we sent
  - documents for grant 5 and when we heard back
  - paperwork on sponsor grants over 1000
  - when were the regular documents sent
keywords: [document, documents, paperwork, filing, filings, application, applications,
           sent, send, send date, sent date, response, response received, received, reply,
           grant, grants, amount, organisation, type, dates, when]
params:
  doc_type:
    type: choice
    optional: true
    choices: [APP, REG]
    synonyms: {initial application: APP, initial applications: APP, application: APP,
               applications: APP, initial: APP, regular: REG, regular documents: REG}
  grant_id: {type: int, optional: true, min: 1, label: grant id}
  org_type:
    type: choice
    optional: true
    choices: [RES, SPON]
    synonyms: {research: RES, research organisations: RES, sponsor: SPON, sponsors: SPON}
  grant_amount_over: {type: number, optional: true, min: 0, label: grant amount more than}
  sort:
    type: choice
    choices: [sent, response, id]
    default: sent
    synonyms: {sent date: sent, by response: response, response date: response, by id: id}
owner: "@grants-analytics"
---*/
SELECT
    d.document_id,
    d.document_type_code,
    t.document_description,
    d.grant_id,
    g.grant_amount,
    g.organisation_id,
    o.organisation_type,
    d.sent_date,
    d.response_received_date
FROM Documents AS d
JOIN Document_Types AS t ON t.document_type_code = d.document_type_code
JOIN Grants AS g ON g.grant_id = d.grant_id
JOIN Organisations AS o ON o.organisation_id = g.organisation_id
WHERE 1 = 1
{% if doc_type %}AND d.document_type_code = :doc_type
{% endif %}{% if grant_id %}AND d.grant_id = :grant_id
{% endif %}{% if org_type %}AND o.organisation_type = :org_type
{% endif %}{% if grant_amount_over is not none and grant_amount_over is not false %}AND g.grant_amount > :grant_amount_over
{% endif %}ORDER BY
{% if sort == 'response' %}d.response_received_date, d.document_id
{% elif sort == 'id' %}d.document_id
{% else %}d.sent_date, d.document_id
{% endif %}

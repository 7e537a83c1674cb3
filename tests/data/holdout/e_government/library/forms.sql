/*---
title: Form catalogue
description: >
  The forms people fill in: form id, number, name, type (Basic or Complex), description,
  the service it belongs to (id, name, type) and how many parties have started it.
  Optionally one form type, one form name or one service type. By form id.
examples:
  - list all forms
  - complex forms
  - what is the form number of the Moving Form
  - forms for education services
keywords: [form, forms, form number, form name, form type, basic, complex, description,
           paperwork, application, certificate]
params:
  form_type:
    type: choice
    optional: true
    label: form type
    choices: [Basic, Complex]
    synonyms: {simple: Basic, basic: Basic, complex: Complex, complicated: Complex}
  form: {type: string, optional: true, label: form name}
  service_type:
    type: choice
    optional: true
    label: service type code
    choices: [Education, Health, Welfare]
owner: "@egov-data"
---*/
SELECT f.form_id, f.form_number, f.form_name, f.form_type_code AS form_type,
       f.form_description AS description, f.service_id, s.service_name,
       s.service_type_code AS service_type,
       (SELECT COUNT(*) FROM Party_Forms AS pf WHERE pf.form_id = f.form_id) AS parties_started
FROM Forms AS f
LEFT JOIN Services AS s ON s.service_id = f.service_id
WHERE 1 = 1
{% if form_type %}AND f.form_type_code = :form_type
{% endif %}{% if form %}AND f.form_name = :form
{% endif %}{% if service_type %}AND s.service_type_code = :service_type
{% endif %}ORDER BY f.form_id

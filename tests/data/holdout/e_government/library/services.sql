/*---
title: Service catalogue
description: >
  The public services we offer: service id, type (Education, Health, Welfare), name,
  description, the forms that belong to it and how many times it has been booked.
  Optionally one service type or one service name. By service id.
examples:
  - list our services
  - welfare type services
  - which services are named Education
  - services and their forms
keywords: [service, services, catalogue, catalog, offer, offered, service type, type, types,
           name, description, education, health, welfare]
params:
  service_type:
    type: choice
    optional: true
    label: service type code
    choices: [Education, Health, Welfare]
    synonyms: {education: Education, schools: Education, health: Health, healthcare: Health,
               welfare: Welfare, benefits: Welfare}
  service_name:
    type: choice
    optional: true
    label: service name
    choices: [Education, Health, Welfare]
owner: "@egov-data"
---*/
SELECT s.service_id, s.service_type_code AS service_type, s.service_name,
       s.service_descriptio AS description,
       (SELECT string_agg(f.form_name, ', ' ORDER BY f.form_id) FROM Forms AS f
         WHERE f.service_id = s.service_id) AS forms,
       (SELECT COUNT(*) FROM Party_Services AS b WHERE b.service_id = s.service_id) AS bookings
FROM Services AS s
WHERE 1 = 1
{% if service_type %}AND s.service_type_code = :service_type
{% endif %}{% if service_name %}AND s.service_name = :service_name
{% endif %}ORDER BY s.service_id

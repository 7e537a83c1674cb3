/*---
title: Service usage
description: >
  Bookings counted per service (id, name and type; default), per service name or per
  service type, with the number of distinct parties that booked. Services never booked are
  listed with 0 when counting per service. Most booked first.
examples:
  - most booked service
  - how many bookings per service type
  - usage by service name
  - which services were never booked
keywords: [usage, used, use, popular, most, least, booked, bookings, count, how many,
           per service, by service, by type, per type, service type, never, demand]
params:
  by:
    type: choice
    choices: [service, service_name, service_type]
    default: service
    synonyms: {per service: service, by service: service, each service: service,
               by name: service_name, per name: service_name, by type: service_type,
               per type: service_type, per service type: service_type}
owner: "@egov-data"
---*/
SELECT
{% if by == 'service_name' %}s.service_name,
{% elif by == 'service_type' %}s.service_type_code AS service_type,
{% else %}s.service_id, s.service_name, s.service_type_code AS service_type,
{% endif %}COUNT(b.booking_id) AS bookings, COUNT(DISTINCT b.customer_id) AS parties
FROM Services AS s
LEFT JOIN Party_Services AS b ON b.service_id = s.service_id
GROUP BY ALL
ORDER BY bookings DESC, 1

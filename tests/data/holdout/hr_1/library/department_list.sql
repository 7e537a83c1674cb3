/*---
title: Departments
description: >
  Every department with its number, name, manager (employee id and name; 0 and no name when
  the post is vacant) and location: location id, street address, postal code, city, state or
  province and country. Optionally one department by name, or the departments in one city or
  country.
examples:
  - department reference list
  - where is the Purchasing department located
  - who heads Public Relations
  - departments located in Seattle
  - address of each department
keywords: [department, departments, dept, depts, department id, department number,
           department name, manager, manager id, head, heads, location, location id, located,
           address, street, postal code, city, state, province, country, details, information,
           info]
params:
  department: {type: string, optional: true, label: department name}
  city: {type: string, optional: true, label: city}
  country: {type: string, optional: true, label: country}
owner: "@people-analytics"
---*/
SELECT
    d.DEPARTMENT_ID,
    d.DEPARTMENT_NAME,
    d.MANAGER_ID,
    m.FIRST_NAME || ' ' || m.LAST_NAME AS manager_name,
    d.LOCATION_ID,
    l.STREET_ADDRESS,
    l.POSTAL_CODE,
    l.CITY,
    l.STATE_PROVINCE,
    c.COUNTRY_NAME
FROM departments AS d
LEFT JOIN employees AS m ON m.EMPLOYEE_ID = d.MANAGER_ID
LEFT JOIN locations AS l ON l.LOCATION_ID = d.LOCATION_ID
LEFT JOIN countries AS c ON c.COUNTRY_ID = l.COUNTRY_ID
WHERE 1 = 1
{% if department %}AND d.DEPARTMENT_NAME = :department
{% endif %}{% if city %}AND l.CITY = :city
{% endif %}{% if country %}AND c.COUNTRY_NAME = :country
{% endif %}ORDER BY d.DEPARTMENT_ID

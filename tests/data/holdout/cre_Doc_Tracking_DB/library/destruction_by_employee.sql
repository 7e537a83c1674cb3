/*---
title: Destruction work per employee
description: >
  One row per employee: employee id, name and role code, how many document destructions
  they authorised and how many documents they destroyed (zero when none). Optionally one
  role, or employees with at least so many authorisations or destructions. Most
  authorisations first (default), most destructions first, or by id.
examples:
  - destruction approvals per employee
  - who destroyed the most documents
  - staff who have authorised at least 2 destructions
keywords: [destruction, destructions, destroyed, destroy, authorised, authorized,
           authorisations, authorizations, approvals, per employee, each employee, by
           employee, employee id, workload, shredding, disposals]
params:
  role:
    type: choice
    choices: [MG, ED, PT, PR, HR]
    optional: true
    synonyms: {manager: MG, managers: MG, editor: ED, editors: ED, photo: PT,
               photographer: PT, photographers: PT, proof reader: PR, proofreader: PR,
               proof readers: PR, human resource: HR, human resources: HR}
  min_authorised: {type: int, optional: true, min: 0, label: authorised at least}
  min_destroyed: {type: int, optional: true, min: 0, label: destroyed at least}
  sort:
    type: choice
    choices: [authorised, destroyed, id]
    default: authorised
    synonyms: {most authorisations: authorised, most authorizations: authorised,
               authorized: authorised, most destroyed: destroyed, most destructions: destroyed,
               by id: id}
owner: "@records-data"
---*/
SELECT e.Employee_ID AS employee_id, e.Employee_Name AS employee_name,
       e.Role_Code AS role_code,
       (SELECT COUNT(*) FROM Documents_to_be_Destroyed AS x
         WHERE x.Destruction_Authorised_by_Employee_ID = e.Employee_ID) AS destructions_authorised,
       (SELECT COUNT(*) FROM Documents_to_be_Destroyed AS x
         WHERE x.Destroyed_by_Employee_ID = e.Employee_ID) AS documents_destroyed
FROM Employees AS e
WHERE 1 = 1
{% if role %}AND e.Role_Code = :role
{% endif %}{% if min_authorised is not none and min_authorised is not false %}AND (SELECT COUNT(*) FROM Documents_to_be_Destroyed AS x
     WHERE x.Destruction_Authorised_by_Employee_ID = e.Employee_ID) >= :min_authorised
{% endif %}{% if min_destroyed is not none and min_destroyed is not false %}AND (SELECT COUNT(*) FROM Documents_to_be_Destroyed AS x
     WHERE x.Destroyed_by_Employee_ID = e.Employee_ID) >= :min_destroyed
{% endif %}ORDER BY
{% if sort == 'destroyed' %}documents_destroyed DESC, e.Employee_ID
{% elif sort == 'id' %}e.Employee_ID
{% else %}destructions_authorised DESC, e.Employee_ID
{% endif %}

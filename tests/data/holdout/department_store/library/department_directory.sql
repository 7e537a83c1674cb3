/*---
title: Department directory
description: >
  One row per department: department id and name, the store it belongs to (id, address,
  phone, email) and the store's chain. Filter by one department name or one chain.
examples:
  - where is the advertising department
  - departments in the West chain stores
  - phone numbers of the stores that have departments
keywords: [department, departments, store, stores, location, where, address, phone, email,
           contact, chain, directory, human resource, purchasing, marketing, advertising,
           managing]
params:
  department: {type: string, optional: true, label: department name}
  chain: {type: string, optional: true, label: store chain name}
owner: "@retail-ops"
---*/
SELECT
    d.department_id,
    d.department_name,
    ds.dept_store_id,
    ds.store_address,
    ds.store_phone,
    ds.store_email,
    ch.dept_store_chain_name
FROM Departments AS d
JOIN Department_Stores AS ds ON ds.dept_store_id = d.dept_store_id
JOIN Department_Store_Chain AS ch ON ch.dept_store_chain_id = ds.dept_store_chain_id
WHERE 1 = 1
{% if department %}AND d.department_name = :department
{% endif %}{% if chain %}AND ch.dept_store_chain_name = :chain
{% endif %}ORDER BY d.department_id

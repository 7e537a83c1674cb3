/*---
title: Store chains
description: >
  One row per department store chain (North, South, East, West): chain id and name, number
  of stores, number of departments in its stores and of staff assignments in them. One
  chain by name; most stores first (default) or by name.
examples:
  - size of each store chain
  - which chain runs the most shops
  - chains and their store counts
keywords: [chain, chains, store chain, department store chain, stores, store, shops,
           department stores, branches, number of stores, how many stores, north, south,
           east, west, departments, largest, most, size]
params:
  chain: {type: string, optional: true, label: chain name}
  sort:
    type: choice
    choices: [most_stores, name]
    default: most_stores
    synonyms: {largest: most_stores, biggest: most_stores, alphabetical: name, by name: name}
owner: "@retail-ops"
---*/
SELECT
    ch.dept_store_chain_id,
    ch.dept_store_chain_name,
    COUNT(DISTINCT ds.dept_store_id) AS stores,
    COUNT(DISTINCT d.department_id) AS departments,
    COUNT(sda.staff_id) AS staff_assignments
FROM Department_Store_Chain AS ch
LEFT JOIN Department_Stores AS ds ON ds.dept_store_chain_id = ch.dept_store_chain_id
LEFT JOIN Departments AS d ON d.dept_store_id = ds.dept_store_id
LEFT JOIN Staff_Department_Assignments AS sda ON sda.department_id = d.department_id
WHERE 1 = 1
{% if chain %}AND ch.dept_store_chain_name = :chain
{% endif %}GROUP BY ch.dept_store_chain_id, ch.dept_store_chain_name
ORDER BY
{% if sort == 'name' %}ch.dept_store_chain_name
{% else %}stores DESC, ch.dept_store_chain_id
{% endif %}

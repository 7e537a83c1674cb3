/*---
title: Budget codes
description: >
  One row per budget code in the reference list (GV Government, ORG Organisation, SF Self
  founded), including codes nothing is charged to: its description, how many expense
  documents are charged to it and their names. Optionally one code, or only codes whose
  count of expense documents is within bounds (inclusive). Most expense documents first
  (default) or by code.
examples:
  - what budget codes do we have
  - how many expense documents per budget code
  - which budget is charged the most
  - what does budget code SF mean
keywords: [budget, budgets, budget code, budget type, funding, funder, funded, charged,
           government, organisation, self founded, per budget, each budget, reference]
params:
  budget_type:
    type: choice
    optional: true
    label: budget code
    choices: [GV, ORG, SF]
    synonyms: {government: GV, organisation: ORG, organization: ORG, self founded: SF,
               self funded: SF, self-funded: SF}
  min_documents: {type: int, optional: true, min: 0, label: at least (expense documents)}
  max_documents: {type: int, optional: true, min: 0, label: at most (expense documents)}
  sort:
    type: choice
    choices: [most, code]
    default: most
    synonyms: {most documents: most, most used: most, by code: code, alphabetical: code}
owner: "@research-office-data"
---*/
SELECT b.Budget_Type_Code AS budget_code, b.Budget_Type_Description AS budget_description,
       COUNT(e.Document_ID) AS expense_documents,
       string_agg(d.Document_Name, '; ' ORDER BY d.Document_ID) AS document_names
FROM Ref_Budget_Codes AS b
LEFT JOIN Documents_with_Expenses AS e ON e.Budget_Type_Code = b.Budget_Type_Code
LEFT JOIN Documents AS d ON d.Document_ID = e.Document_ID
WHERE 1 = 1
{% if budget_type %}AND b.Budget_Type_Code = :budget_type
{% endif %}GROUP BY b.Budget_Type_Code, b.Budget_Type_Description
HAVING 1 = 1
{% if min_documents is not none %}AND COUNT(e.Document_ID) >= :min_documents
{% endif %}{% if max_documents is not none %}AND COUNT(e.Document_ID) <= :max_documents
{% endif %}ORDER BY
{% if sort == 'code' %}b.Budget_Type_Code
{% else %}expense_documents DESC, b.Budget_Type_Code
{% endif %}

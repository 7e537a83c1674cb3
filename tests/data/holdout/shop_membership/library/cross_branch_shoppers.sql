/*---
title: Cross-branch shoppers
description: >
  Members who bought at a branch other than the one they registered at: member, home
  branch, the other branches and the pounds spent there. Most spent elsewhere first.
examples:
  - members shopping away from their home branch
  - leakage to other branches
keywords: [leakage, away, other branch, elsewhere, home branch, loyalty, switching]
params: {}
owner: "@retail-analytics"
---*/
SELECT m.Name AS member, hb.Name AS home_branch,
       string_agg(DISTINCT b.Name, '; ') AS other_branches, SUM(p.Total_pounds) AS pounds_elsewhere
FROM purchase AS p
JOIN member AS m ON m.Member_ID = p.Member_ID
JOIN membership_register_branch AS r ON r.Member_ID = p.Member_ID
JOIN branch AS hb ON hb.Branch_ID = r.Branch_ID
JOIN branch AS b ON b.Branch_ID = p.Branch_ID
WHERE p.Branch_ID <> r.Branch_ID
GROUP BY m.Name, hb.Name
ORDER BY pounds_elsewhere DESC

/*---
title: Users on a plan
description: Distinct users seen on one pricing plan.
examples:
  - users on the Silver Tier plan
  - how many gold tier users
params:
  plan:
    type: string
    values: "SELECT DISTINCT ev.plan FROM events ev"
---*/
SELECT COUNT(DISTINCT ev.user_id) AS users
FROM events AS ev
WHERE ev.plan = :plan

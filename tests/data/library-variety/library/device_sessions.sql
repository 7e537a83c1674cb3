/*---
title: Sessions per device type
description: Session count for one device type (a mixed-case column in a schema-qualified table).
examples:
  - sessions on Tablet devices
  - how many desktop sessions
params:
  device: {type: string}
---*/
SELECT s."DeviceType", COUNT(*) AS sessions
FROM "analytics"."web_sessions" s
WHERE s."DeviceType" = :device
GROUP BY s."DeviceType"

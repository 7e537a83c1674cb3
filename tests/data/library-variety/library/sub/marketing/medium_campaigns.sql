/*---
title: Campaigns on a medium
description: Campaigns that ran on one advertising medium.
examples:
  - campaigns on Billboard
  - which campaigns used podcast ads
params:
  medium:
    type: string
    values:
      - Podcast
      - Billboard
      - Newsletter
---*/
SELECT c.campaign_name, c.budget
FROM campaigns AS c
WHERE c.medium = :medium

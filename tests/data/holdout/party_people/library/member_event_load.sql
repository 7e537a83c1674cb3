/*---
title: Event load by party members
description: >
  One row per party: how many of its members are in charge of at least one event, the
  share of its members that is, and the events its members run for other parties. Highest
  share first.
examples:
  - share of each party's members who run events
  - members running events for another party
keywords: [share, ratio, proportion, engagement, involvement, cross-party, percentage]
params: {}
owner: "@politics-desk"
---*/
SELECT p.Party_name AS party, COUNT(DISTINCT m.Member_ID) AS members,
       COUNT(DISTINCT e.Member_in_charge_ID) AS members_running_events,
       ROUND(100.0 * COUNT(DISTINCT e.Member_in_charge_ID) / NULLIF(COUNT(DISTINCT m.Member_ID), 0), 1)
           AS share_pct,
       COUNT(DISTINCT CASE WHEN e.Party_ID <> m.Party_ID THEN e.Event_ID END) AS events_for_other_parties
FROM party AS p
LEFT JOIN member AS m ON m.Party_ID = p.Party_ID
LEFT JOIN party_events AS e ON e.Member_in_charge_ID = m.Member_ID
GROUP BY p.Party_name
ORDER BY share_pct DESC NULLS LAST, party

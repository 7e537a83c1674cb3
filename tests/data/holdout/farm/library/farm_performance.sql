/*---
title: Farm competition performance
description: >
  One row per farm record: competitions entered, wins (rank 1), best and average rank, and
  its total horses and cattle. Farms that never competed are shown with 0 entries. Most wins
  first (default), or most entries, or best average rank.
examples:
  - which farm has won the most competitions
  - how many competitions each farm entered
  - farms by average placing
keywords: [performance, wins, won, winner, most wins, entries, entered, competed, best rank,
           average rank, track record, per farm, each farm, leaderboard]
params:
  sort:
    type: choice
    choices: [wins, entries, average_rank]
    default: wins
    synonyms: {most wins: wins, victories: wins, most entries: entries, competed: entries,
               participation: entries, average placing: average_rank, best average: average_rank}
owner: "@agri-stats"
---*/
SELECT f.Farm_ID AS farm_id, f.Year AS year, COUNT(r.Competition_ID) AS competitions_entered,
       COUNT(*) FILTER (WHERE r.Rank = 1) AS wins, MIN(r.Rank) AS best_rank,
       ROUND(AVG(r.Rank), 2) AS average_rank, f.Total_Horses AS total_horses,
       f.Total_Cattle AS total_cattle
FROM farm AS f
LEFT JOIN competition_record AS r ON r.Farm_ID = f.Farm_ID
GROUP BY f.Farm_ID, f.Year, f.Total_Horses, f.Total_Cattle
ORDER BY
{% if sort == 'entries' %}competitions_entered DESC, f.Farm_ID
{% elif sort == 'average_rank' %}average_rank NULLS LAST, f.Farm_ID
{% else %}wins DESC, competitions_entered DESC, f.Farm_ID
{% endif %}

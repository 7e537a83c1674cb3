/*---
title: Crew overtime by base
description: >
  Crew hours worked beyond schedule in a period, per crew base and role (pilots, cabin
  crew): shifts, scheduled hours, actual hours and overtime hours, with the crew members
  who logged overtime.
examples:
  - crew overtime last month
  - how much overtime did the JFK base log this quarter?
  - overtime hours for cabin crew by base in October
  - which bases are running over on crew hours since September
  - pilot overtime at ORD year to date
  - crew extra hours in Atlanta last week
  - duty hours over schedule per base for Q3
keywords: [crew, crews, overtime, ot, extra hours, hours, duty, duty hours, shift, shifts,
           pilots, cabin crew, flight attendants, base, bases, crew base, roster, rostering,
           fatigue]
params:
  period: {type: date_range, default: last month, label: period}
  base:
    type: choice
    choices: [JFK, LAX, ORD, ATL, DFW, SFO]
    optional: true
    label: crew base
    synonyms: {new york: JFK, kennedy: JFK, nyc: JFK, los angeles: LAX, la: LAX,
               chicago: ORD, o'hare: ORD, ohare: ORD, atlanta: ATL, dallas: DFW,
               fort worth: DFW, san francisco: SFO, sf: SFO, bay area: SFO}
owner: "@crew-planning"
---*/
SELECT
    cs.base,
    cs.role,
    COUNT(*) AS shifts,
    COUNT(DISTINCT cs.crew_id) FILTER (WHERE cs.actual_hours > cs.scheduled_hours)
        AS crew_with_overtime,
    ROUND(SUM(cs.scheduled_hours), 1) AS scheduled_hours,
    ROUND(SUM(cs.actual_hours), 1) AS actual_hours,
    ROUND(SUM(GREATEST(cs.actual_hours - cs.scheduled_hours, 0)), 1) AS overtime_hours
FROM crew_shifts AS cs
WHERE cs.shift_date BETWEEN :period_start AND :period_end
{% if base %}  AND cs.base = :base
{% endif %}GROUP BY cs.base, cs.role
ORDER BY overtime_hours DESC

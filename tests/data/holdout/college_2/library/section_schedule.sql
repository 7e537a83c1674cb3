/*---
title: Section schedule
description: >
  One row per course section that ran: course id, title, department and credits, section
  id, semester and year, building, room and its capacity, time slot, the instructors who
  taught it and how many students took it. Optionally one semester (Fall or Spring), a range
  of years (inclusive), one building, one offering department, or one course title. By term
  (default, latest first), course title, or largest room first.
examples:
  - what ran in the Spring 2006 term
  - sections held in Painter
  - the Finance department's schedule since 2008
  - where and when was Genetics taught
  - sections in the biggest rooms
keywords: [section, sections, schedule, timetable, offered, offering, offerings, ran, run,
           taught, teach, class, classes, course, courses, title, semester, term, fall,
           spring, year, building, room, room number, classroom, capacity, time slot,
           instructor, instructors, who taught, enrolled, where, when]
params:
  semester:
    type: choice
    optional: true
    choices: [Fall, Spring]
    synonyms: {fall: Fall, autumn: Fall, fall semester: Fall, spring: Spring,
               spring semester: Spring}
  from_year: {type: int, optional: true, min: 1990, max: 2030, label: year from}
  to_year: {type: int, optional: true, min: 1990, max: 2030, label: year to}
  building: {type: string, optional: true, label: building}
  department:
    type: choice
    optional: true
    choices: [Accounting, Astronomy, Athletics, Biology, Civil Eng., Comp. Sci., Cybernetics,
              Elec. Eng., English, Finance, Geology, History, Languages, Marketing, Math,
              Mech. Eng., Physics, Pol. Sci., Psychology, Statistics]
    synonyms: {computer science: Comp. Sci., cs: Comp. Sci., comp sci: Comp. Sci.,
               civil engineering: Civil Eng., electrical engineering: Elec. Eng., ee: Elec. Eng.,
               mechanical engineering: Mech. Eng., political science: Pol. Sci.,
               poli sci: Pol. Sci., polisci: Pol. Sci., mathematics: Math, maths: Math,
               stats: Statistics, psych: Psychology, bio: Biology}
  course_title: {type: string, optional: true, label: course title}
  sort:
    type: choice
    choices: [term, title, largest_room]
    default: term
    synonyms: {by term: term, latest: term, by semester: term, by title: title,
               alphabetical: title, by course: title, largest room: largest_room,
               biggest room: largest_room, largest classroom: largest_room,
               highest capacity: largest_room}
owner: "@registrar-data"
---*/
SELECT
    s.course_id,
    c.title,
    c.dept_name AS department,
    c.credits,
    s.sec_id,
    s.semester,
    s.year,
    s.building,
    s.room_number,
    r.capacity AS room_capacity,
    s.time_slot_id,
    (SELECT string_agg(i.name, ', ' ORDER BY i.name)
     FROM teaches AS t JOIN instructor AS i ON i.ID = t.ID
     WHERE t.course_id = s.course_id AND t.sec_id = s.sec_id
       AND t.semester = s.semester AND t.year = s.year) AS instructors,
    (SELECT COUNT(*) FROM takes AS k
     WHERE k.course_id = s.course_id AND k.sec_id = s.sec_id
       AND k.semester = s.semester AND k.year = s.year) AS students_enrolled
FROM section AS s
JOIN course AS c ON c.course_id = s.course_id
LEFT JOIN classroom AS r ON r.building = s.building AND r.room_number = s.room_number
WHERE 1 = 1
{% if semester %}AND s.semester = :semester
{% endif %}{% if from_year is not none and from_year is not false %}AND s.year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND s.year <= :to_year
{% endif %}{% if building %}AND s.building = :building
{% endif %}{% if department %}AND c.dept_name = :department
{% endif %}{% if course_title %}AND c.title = :course_title
{% endif %}ORDER BY
{% if sort == 'title' %}c.title, s.year, s.semester, s.course_id, s.sec_id
{% elif sort == 'largest_room' %}r.capacity DESC NULLS LAST, c.title, s.course_id, s.sec_id
{% else %}s.year DESC, s.semester, c.title, s.course_id, s.sec_id
{% endif %}

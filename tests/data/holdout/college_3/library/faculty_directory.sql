/*---
title: Faculty directory
description: >
  One row per faculty member: faculty id, first and last name, rank (Professor, AssocProf,
  AsstProf, Instructor), sex (F/M), phone, office room and building, and the departments
  they hold an appointment in (with Primary/Secondary). Optionally one rank, one sex, one
  office building, one department (by number or name, any appointment) or one last name.
  By last name (default), first name or faculty id.
examples:
  - assistant professors with offices in Krieger
  - who are the women on the faculty
  - faculty appointed in Mathematical Sciences
  - office and phone of professor Yarowsky
keywords: [faculty, faculties, professor, professors, prof, profs, instructor, instructors,
           teacher, teachers, staff, member, members, rank, ranks, sex, female, male, women,
           men, office, room, rooms, building, live, located, phone, department,
           appointment, appointed, part of, name, names, first name, last name, full name,
           list, directory]
params:
  rank:
    type: choice
    optional: true
    choices: [Professor, AssocProf, AsstProf, Instructor]
    synonyms: {professor: Professor, professors: Professor, full professor: Professor,
               full professors: Professor, associate professor: AssocProf,
               associate professors: AssocProf, assoc prof: AssocProf,
               assistant professor: AsstProf, assistant professors: AsstProf,
               asst prof: AsstProf, instructor: Instructor, instructors: Instructor,
               lecturer: Instructor, lecturers: Instructor}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, male: M, males: M, men: M, man: M}
  building: {type: string, optional: true, label: office building}
  dept_no: {type: int, optional: true, min: 1, max: 999, label: department number}
  department: {type: string, optional: true, label: department name}
  last_name: {type: string, optional: true, label: last name}
  sort:
    type: choice
    choices: [last_name, first_name, faculty_id]
    default: last_name
    synonyms: {by last name: last_name, surname: last_name, alphabetical: last_name,
               by first name: first_name, first name: first_name, by id: faculty_id}
owner: "@registrar-data"
---*/
SELECT
    f.FacID AS faculty_id,
    f.Fname AS first_name,
    f.Lname AS last_name,
    f.Rank AS rank,
    f.Sex AS sex,
    f.Phone AS phone,
    f.Room AS room,
    f.Building AS building,
    (SELECT string_agg(d.DName || ' (' || m.Appt_Type || ')', ', ' ORDER BY m.Appt_Type, d.DName)
     FROM Member_of AS m JOIN Department AS d ON d.DNO = m.DNO
     WHERE m.FacID = f.FacID) AS departments
FROM Faculty AS f
WHERE 1 = 1
{% if rank %}AND f.Rank = :rank
{% endif %}{% if sex %}AND f.Sex = :sex
{% endif %}{% if building %}AND lower(f.Building) = lower(:building)
{% endif %}{% if dept_no is not none and dept_no is not false %}AND EXISTS (
    SELECT 1 FROM Member_of AS m WHERE m.FacID = f.FacID AND m.DNO = :dept_no)
{% endif %}{% if department %}AND EXISTS (
    SELECT 1 FROM Member_of AS m JOIN Department AS d ON d.DNO = m.DNO
    WHERE m.FacID = f.FacID AND lower(d.DName) = lower(:department))
{% endif %}{% if last_name %}AND lower(f.Lname) = lower(:last_name)
{% endif %}ORDER BY
{% if sort == 'first_name' %}f.Fname, f.Lname
{% elif sort == 'faculty_id' %}f.FacID
{% else %}f.Lname, f.Fname
{% endif %}

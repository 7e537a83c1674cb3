/*---
title: Faculty directory
description: >
  One row per faculty member: faculty id, first and last name, rank (Professor, AssocProf,
  AsstProf, Instructor), sex, phone extension, office room and building. Optionally only one
  rank, one sex, one building, one room, or one person by first and/or last name. By last
  name (default), first name, rank or faculty id.
examples:
  - faculty phone list
  - where is Goodrich's office
  - who are the assistant professors in Krieger
  - women on the faculty and their extensions
  - who sits in room 288
keywords: [faculty, faculty member, faculty members, staff, professor, professors, instructor,
           instructors, lecturer, teacher, teachers, who, name, names, first name, last name,
           rank, ranks, title, sex, gender, male, female, phone, phone number, extension,
           office, room, building, where, id, ids, faculty id, directory, list, how many,
           number, count, total]
params:
  rank:
    type: choice
    optional: true
    choices: [Professor, AssocProf, AsstProf, Instructor]
    synonyms: {full professor: Professor, full professors: Professor, full prof: Professor,
               full profs: Professor, associate professor: AssocProf,
               associate professors: AssocProf, assoc prof: AssocProf, assoc profs: AssocProf,
               assistant professor: AsstProf, assistant professors: AsstProf,
               asst prof: AsstProf, asst profs: AsstProf, instructors: Instructor,
               lecturer: Instructor, lecturers: Instructor}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, ladies: F, male: M, males: M,
               men: M, man: M}
  building: {type: string, optional: true, label: building}
  room: {type: string, optional: true, label: office room}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  sort:
    type: choice
    choices: [last_name, first_name, rank, faculty_id]
    default: last_name
    synonyms: {by last name: last_name, surname: last_name, alphabetical: last_name,
               by first name: first_name, by rank: rank, by id: faculty_id,
               by faculty id: faculty_id}
owner: "@activities-data"
---*/
SELECT
    f.FacID AS faculty_id,
    f.Fname AS first_name,
    f.Lname AS last_name,
    f.Rank AS rank,
    f.Sex AS sex,
    f.Phone AS phone,
    f.Room AS room,
    f.Building AS building
FROM Faculty AS f
WHERE 1 = 1
{% if rank %}AND f.Rank = :rank
{% endif %}{% if sex %}AND f.Sex = :sex
{% endif %}{% if building %}AND f.Building = :building
{% endif %}{% if room %}AND f.Room = :room
{% endif %}{% if first_name %}AND f.Fname = :first_name
{% endif %}{% if last_name %}AND f.Lname = :last_name
{% endif %}ORDER BY
{% if sort == 'first_name' %}f.Fname, f.Lname, f.FacID
{% elif sort == 'rank' %}f.Rank, f.Lname, f.FacID
{% elif sort == 'faculty_id' %}f.FacID
{% else %}f.Lname, f.Fname, f.FacID
{% endif %}

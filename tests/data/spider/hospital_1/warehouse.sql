-- hospital_1 from the Spider text-to-SQL dataset (train split; Yu et al. 2018, CC BY-SA 4.0).
-- Tables and rows as in Spider's SQLite database; types made explicit for DuckDB.

CREATE TABLE "Physician" ("EmployeeID" INTEGER, "Name" VARCHAR, "Position" VARCHAR, "SSN" INTEGER);
INSERT INTO "Physician" VALUES (1, 'John Dorian', 'Staff Internist', 111111111);
INSERT INTO "Physician" VALUES (2, 'Elliot Reid', 'Attending Physician', 222222222);
INSERT INTO "Physician" VALUES (3, 'Christopher Turk', 'Surgical Attending Physician', 333333333);
INSERT INTO "Physician" VALUES (4, 'Percival Cox', 'Senior Attending Physician', 444444444);
INSERT INTO "Physician" VALUES (5, 'Bob Kelso', 'Head Chief of Medicine', 555555555);
INSERT INTO "Physician" VALUES (6, 'Todd Quinlan', 'Surgical Attending Physician', 666666666);
INSERT INTO "Physician" VALUES (7, 'John Wen', 'Surgical Attending Physician', 777777777);
INSERT INTO "Physician" VALUES (8, 'Keith Dudemeister', 'MD Resident', 888888888);
INSERT INTO "Physician" VALUES (9, 'Molly Clock', 'Attending Psychiatrist', 999999999);

CREATE TABLE "Department" ("DepartmentID" INTEGER, "Name" VARCHAR, "Head" INTEGER);
INSERT INTO "Department" VALUES (1, 'General Medicine', 4);
INSERT INTO "Department" VALUES (2, 'Surgery', 7);
INSERT INTO "Department" VALUES (3, 'Psychiatry', 9);

CREATE TABLE "Affiliated_With" ("Physician" INTEGER, "Department" INTEGER, "PrimaryAffiliation" BOOLEAN);
INSERT INTO "Affiliated_With" VALUES (1, 1, TRUE);
INSERT INTO "Affiliated_With" VALUES (2, 1, TRUE);
INSERT INTO "Affiliated_With" VALUES (3, 1, FALSE);
INSERT INTO "Affiliated_With" VALUES (3, 2, TRUE);
INSERT INTO "Affiliated_With" VALUES (4, 1, TRUE);
INSERT INTO "Affiliated_With" VALUES (5, 1, TRUE);
INSERT INTO "Affiliated_With" VALUES (6, 2, TRUE);
INSERT INTO "Affiliated_With" VALUES (7, 1, FALSE);
INSERT INTO "Affiliated_With" VALUES (7, 2, TRUE);
INSERT INTO "Affiliated_With" VALUES (8, 1, TRUE);
INSERT INTO "Affiliated_With" VALUES (9, 3, TRUE);

CREATE TABLE "Procedures" ("Code" INTEGER, "Name" VARCHAR, "Cost" DOUBLE);
INSERT INTO "Procedures" VALUES (1, 'Reverse Rhinopodoplasty', 1500.0);
INSERT INTO "Procedures" VALUES (2, 'Obtuse Pyloric Recombobulation', 3750.0);
INSERT INTO "Procedures" VALUES (3, 'Folded Demiophtalmectomy', 4500.0);
INSERT INTO "Procedures" VALUES (4, 'Complete Walletectomy', 10000.0);
INSERT INTO "Procedures" VALUES (5, 'Obfuscated Dermogastrotomy', 4899.0);
INSERT INTO "Procedures" VALUES (6, 'Reversible Pancreomyoplasty', 5600.0);
INSERT INTO "Procedures" VALUES (7, 'Follicular Demiectomy', 25.0);

CREATE TABLE "Trained_In" ("Physician" INTEGER, "Treatment" INTEGER, "CertificationDate" DATE, "CertificationExpires" DATE);
INSERT INTO "Trained_In" VALUES (3, 1, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (3, 2, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (3, 5, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (3, 6, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (3, 7, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (6, 2, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (6, 5, DATE '2007-01-01', DATE '2007-12-31');
INSERT INTO "Trained_In" VALUES (6, 6, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (7, 1, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (7, 2, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (7, 3, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (7, 4, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (7, 5, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (7, 6, DATE '2008-01-01', DATE '2008-12-31');
INSERT INTO "Trained_In" VALUES (7, 7, DATE '2008-01-01', DATE '2008-12-31');

CREATE TABLE "Patient" ("SSN" INTEGER, "Name" VARCHAR, "Address" VARCHAR, "Phone" VARCHAR, "InsuranceID" INTEGER, "PCP" INTEGER);
INSERT INTO "Patient" VALUES (100000001, 'John Smith', '42 Foobar Lane', '555-0256', 68476213, 1);
INSERT INTO "Patient" VALUES (100000002, 'Grace Ritchie', '37 Snafu Drive', '555-0512', 36546321, 2);
INSERT INTO "Patient" VALUES (100000003, 'Random J. Patient', '101 Omgbbq Street', '555-1204', 65465421, 2);
INSERT INTO "Patient" VALUES (100000004, 'Dennis Doe', '1100 Foobaz Avenue', '555-2048', 68421879, 3);

CREATE TABLE "Nurse" ("EmployeeID" INTEGER, "Name" VARCHAR, "Position" VARCHAR, "Registered" BOOLEAN, "SSN" INTEGER);
INSERT INTO "Nurse" VALUES (101, 'Carla Espinosa', 'Head Nurse', TRUE, 111111110);
INSERT INTO "Nurse" VALUES (102, 'Laverne Roberts', 'Nurse', TRUE, 222222220);
INSERT INTO "Nurse" VALUES (103, 'Paul Flowers', 'Nurse', FALSE, 333333330);

CREATE TABLE "Appointment" ("AppointmentID" INTEGER, "Patient" INTEGER, "PrepNurse" INTEGER, "Physician" INTEGER, "Start" TIMESTAMP, "End" TIMESTAMP, "ExaminationRoom" VARCHAR);
INSERT INTO "Appointment" VALUES (13216584, 100000001, 101, 1, TIMESTAMP '2008-04-24 10:00', TIMESTAMP '2008-04-24 11:00', 'A');
INSERT INTO "Appointment" VALUES (26548913, 100000002, 101, 2, TIMESTAMP '2008-04-24 10:00', TIMESTAMP '2008-04-24 11:00', 'B');
INSERT INTO "Appointment" VALUES (36549879, 100000001, 102, 1, TIMESTAMP '2008-04-25 10:00', TIMESTAMP '2008-04-25 11:00', 'A');
INSERT INTO "Appointment" VALUES (46846589, 100000004, 103, 4, TIMESTAMP '2008-04-25 10:00', TIMESTAMP '2008-04-25 11:00', 'B');
INSERT INTO "Appointment" VALUES (59871321, 100000004, NULL, 4, TIMESTAMP '2008-04-26 10:00', TIMESTAMP '2008-04-26 11:00', 'C');
INSERT INTO "Appointment" VALUES (69879231, 100000003, 103, 2, TIMESTAMP '2008-04-26 11:00', TIMESTAMP '2008-04-26 12:00', 'C');
INSERT INTO "Appointment" VALUES (76983231, 100000001, NULL, 3, TIMESTAMP '2008-04-26 12:00', TIMESTAMP '2008-04-26 13:00', 'C');
INSERT INTO "Appointment" VALUES (86213939, 100000004, 102, 9, TIMESTAMP '2008-04-27 10:00', TIMESTAMP '2008-04-21 11:00', 'A');
INSERT INTO "Appointment" VALUES (93216548, 100000002, 101, 2, TIMESTAMP '2008-04-27 10:00', TIMESTAMP '2008-04-27 11:00', 'B');

CREATE TABLE "Medication" ("Code" INTEGER, "Name" VARCHAR, "Brand" VARCHAR, "Description" VARCHAR);
INSERT INTO "Medication" VALUES (1, 'Procrastin-X', 'X', 'N/A');
INSERT INTO "Medication" VALUES (2, 'Thesisin', 'Foo Labs', 'N/A');
INSERT INTO "Medication" VALUES (3, 'Awakin', 'Bar Laboratories', 'N/A');
INSERT INTO "Medication" VALUES (4, 'Crescavitin', 'Baz Industries', 'N/A');
INSERT INTO "Medication" VALUES (5, 'Melioraurin', 'Snafu Pharmaceuticals', 'N/A');

CREATE TABLE "Prescribes" ("Physician" INTEGER, "Patient" INTEGER, "Medication" INTEGER, "Date" TIMESTAMP, "Appointment" INTEGER, "Dose" VARCHAR);
INSERT INTO "Prescribes" VALUES (1, 100000001, 1, TIMESTAMP '2008-04-24 10:47', 13216584, '5');
INSERT INTO "Prescribes" VALUES (9, 100000004, 2, TIMESTAMP '2008-04-27 10:53', 86213939, '10');
INSERT INTO "Prescribes" VALUES (9, 100000004, 2, TIMESTAMP '2008-04-30 16:53', NULL, '5');

CREATE TABLE "Block" ("BlockFloor" INTEGER, "BlockCode" INTEGER);
INSERT INTO "Block" VALUES (1, 1);
INSERT INTO "Block" VALUES (1, 2);
INSERT INTO "Block" VALUES (1, 3);
INSERT INTO "Block" VALUES (2, 1);
INSERT INTO "Block" VALUES (2, 2);
INSERT INTO "Block" VALUES (2, 3);
INSERT INTO "Block" VALUES (3, 1);
INSERT INTO "Block" VALUES (3, 2);
INSERT INTO "Block" VALUES (3, 3);
INSERT INTO "Block" VALUES (4, 1);
INSERT INTO "Block" VALUES (4, 2);
INSERT INTO "Block" VALUES (4, 3);

CREATE TABLE "Room" ("RoomNumber" INTEGER, "RoomType" VARCHAR, "BlockFloor" INTEGER, "BlockCode" INTEGER, "Unavailable" BOOLEAN);
INSERT INTO "Room" VALUES (101, 'Single', 1, 1, FALSE);
INSERT INTO "Room" VALUES (102, 'Single', 1, 1, FALSE);
INSERT INTO "Room" VALUES (103, 'Single', 1, 1, FALSE);
INSERT INTO "Room" VALUES (111, 'Single', 1, 2, FALSE);
INSERT INTO "Room" VALUES (112, 'Single', 1, 2, TRUE);
INSERT INTO "Room" VALUES (113, 'Single', 1, 2, FALSE);
INSERT INTO "Room" VALUES (121, 'Single', 1, 3, FALSE);
INSERT INTO "Room" VALUES (122, 'Single', 1, 3, FALSE);
INSERT INTO "Room" VALUES (123, 'Single', 1, 3, FALSE);
INSERT INTO "Room" VALUES (201, 'Single', 2, 1, TRUE);
INSERT INTO "Room" VALUES (202, 'Single', 2, 1, FALSE);
INSERT INTO "Room" VALUES (203, 'Single', 2, 1, FALSE);
INSERT INTO "Room" VALUES (211, 'Single', 2, 2, FALSE);
INSERT INTO "Room" VALUES (212, 'Single', 2, 2, FALSE);
INSERT INTO "Room" VALUES (213, 'Single', 2, 2, TRUE);
INSERT INTO "Room" VALUES (221, 'Single', 2, 3, FALSE);
INSERT INTO "Room" VALUES (222, 'Single', 2, 3, FALSE);
INSERT INTO "Room" VALUES (223, 'Single', 2, 3, FALSE);
INSERT INTO "Room" VALUES (301, 'Single', 3, 1, FALSE);
INSERT INTO "Room" VALUES (302, 'Single', 3, 1, TRUE);
INSERT INTO "Room" VALUES (303, 'Single', 3, 1, FALSE);
INSERT INTO "Room" VALUES (311, 'Single', 3, 2, FALSE);
INSERT INTO "Room" VALUES (312, 'Single', 3, 2, FALSE);
INSERT INTO "Room" VALUES (313, 'Single', 3, 2, FALSE);
INSERT INTO "Room" VALUES (321, 'Single', 3, 3, TRUE);
INSERT INTO "Room" VALUES (322, 'Single', 3, 3, FALSE);
INSERT INTO "Room" VALUES (323, 'Single', 3, 3, FALSE);
INSERT INTO "Room" VALUES (401, 'Single', 4, 1, FALSE);
INSERT INTO "Room" VALUES (402, 'Single', 4, 1, TRUE);
INSERT INTO "Room" VALUES (403, 'Single', 4, 1, FALSE);
INSERT INTO "Room" VALUES (411, 'Single', 4, 2, FALSE);
INSERT INTO "Room" VALUES (412, 'Single', 4, 2, FALSE);
INSERT INTO "Room" VALUES (413, 'Single', 4, 2, FALSE);
INSERT INTO "Room" VALUES (421, 'Single', 4, 3, TRUE);
INSERT INTO "Room" VALUES (422, 'Single', 4, 3, FALSE);
INSERT INTO "Room" VALUES (423, 'Single', 4, 3, FALSE);

CREATE TABLE "On_Call" ("Nurse" INTEGER, "BlockFloor" INTEGER, "BlockCode" INTEGER, "OnCallStart" TIMESTAMP, "OnCallEnd" TIMESTAMP);
INSERT INTO "On_Call" VALUES (101, 1, 1, TIMESTAMP '2008-11-04 11:00', TIMESTAMP '2008-11-04 19:00');
INSERT INTO "On_Call" VALUES (101, 1, 2, TIMESTAMP '2008-11-04 11:00', TIMESTAMP '2008-11-04 19:00');
INSERT INTO "On_Call" VALUES (102, 1, 3, TIMESTAMP '2008-11-04 11:00', TIMESTAMP '2008-11-04 19:00');
INSERT INTO "On_Call" VALUES (103, 1, 1, TIMESTAMP '2008-11-04 19:00', TIMESTAMP '2008-11-05 03:00');
INSERT INTO "On_Call" VALUES (103, 1, 2, TIMESTAMP '2008-11-04 19:00', TIMESTAMP '2008-11-05 03:00');
INSERT INTO "On_Call" VALUES (103, 1, 3, TIMESTAMP '2008-11-04 19:00', TIMESTAMP '2008-11-05 03:00');

CREATE TABLE "Stay" ("StayID" INTEGER, "Patient" INTEGER, "Room" INTEGER, "StayStart" DATE, "StayEnd" DATE);
INSERT INTO "Stay" VALUES (3215, 100000001, 111, DATE '2008-05-01', DATE '2008-05-04');
INSERT INTO "Stay" VALUES (3216, 100000003, 123, DATE '2008-05-03', DATE '2008-05-14');
INSERT INTO "Stay" VALUES (3217, 100000004, 112, DATE '2008-05-02', DATE '2008-05-03');

CREATE TABLE "Undergoes" ("Patient" INTEGER, "Procedures" INTEGER, "Stay" INTEGER, "DateUndergoes" DATE, "Physician" INTEGER, "AssistingNurse" INTEGER);
INSERT INTO "Undergoes" VALUES (100000001, 6, 3215, DATE '2008-05-02', 3, 101);
INSERT INTO "Undergoes" VALUES (100000001, 2, 3215, DATE '2008-05-03', 7, 101);
INSERT INTO "Undergoes" VALUES (100000004, 1, 3217, DATE '2008-05-07', 3, 102);
INSERT INTO "Undergoes" VALUES (100000004, 5, 3217, DATE '2008-05-09', 6, 105);
INSERT INTO "Undergoes" VALUES (100000001, 7, 3217, DATE '2008-05-10', 7, 101);
INSERT INTO "Undergoes" VALUES (100000004, 4, 3217, DATE '2008-05-13', 3, 103);

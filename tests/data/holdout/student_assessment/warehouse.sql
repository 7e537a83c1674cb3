-- student_assessment (Spider train), rows from LeLuven/MachineSpider with Spider's names restored.

CREATE TABLE Addresses (
    address_id INTEGER,
    line_1 VARCHAR,
    line_2 VARCHAR,
    city VARCHAR,
    zip_postcode VARCHAR,
    state_province_county VARCHAR,
    country VARCHAR
);
INSERT INTO Addresses VALUES (5, '0900 Roderick Oval
New Albina, WA 19200-7914', 'Suite 096', 'Linnealand', '862', 'Montana', 'USA');
INSERT INTO Addresses VALUES (9, '966 Dach Ports Apt. 322
Lake Harmonyhaven, VA 65235', 'Apt. 163', 'South Minnie', '716', 'Texas', 'USA');
INSERT INTO Addresses VALUES (29, '28550 Broderick Underpass Suite 667
Zakaryhaven, WY 22945-1534', 'Apt. 419', 'North Trystanborough', '112', 'Vermont', 'USA');
INSERT INTO Addresses VALUES (30, '83706 Ana Trafficway Apt. 992
West Jarret, MI 01112', 'Apt. 884', 'Lake Kaley', '431', 'Washington', 'USA');
INSERT INTO Addresses VALUES (43, '69165 Beatty Station
Haleighstad, MS 55164', 'Suite 333', 'Stephaniemouth', '559', 'Massachusetts', 'USA');
INSERT INTO Addresses VALUES (45, '242 Pacocha Streets
East Isabellashire, ND 03506', 'Suite 370', 'O''Connellview', '514', 'NewMexico', 'USA');
INSERT INTO Addresses VALUES (55, '801 Modesto Island Suite 306
Lacyville, VT 34059', 'Suite 764', 'New Alta', '176', 'Mississippi', 'USA');
INSERT INTO Addresses VALUES (63, '0177 Fisher Dam
Berniershire, KS 00038-7574', 'Apt. 903', 'South Keenan', '613', 'Michigan', 'USA');
INSERT INTO Addresses VALUES (68, '09471 Hickle Light
Port Maxime, NJ 91550-5409', 'Suite 903', 'Hannahside', '354', 'Connecticut', 'USA');
INSERT INTO Addresses VALUES (73, '67831 Lavonne Lodge
Olsontown, DC 20894', 'Apt. 756', 'Alizeshire', '687', 'NewMexico', 'USA');
INSERT INTO Addresses VALUES (82, '228 Fahey Land
Baileymouth, FL 06297-5606', 'Suite 087', 'South Naomibury', '079', 'Ohio', 'USA');
INSERT INTO Addresses VALUES (88, '1770 Adriel Ramp Apt. 397
West Ashlynnchester, UT 91968', 'Apt. 617', 'East Tavaresburgh', '179', 'SouthDakota', 'USA');
INSERT INTO Addresses VALUES (92, '8760 Eldon Squares Suite 260
Marquisestad, GA 38537', 'Apt. 435', 'Lake Devon', '244', 'SouthDakota', 'USA');
INSERT INTO Addresses VALUES (94, '8263 Abbott Crossing Apt. 066
Oberbrunnerbury, LA 67451', 'Apt. 626', 'Boyleshire', '536', 'Kansas', 'USA');
INSERT INTO Addresses VALUES (99, '521 Paucek Field
North Oscartown, WI 31527', 'Apt. 849', 'Terencetown', '979', 'Michigan', 'USA');

CREATE TABLE People (
    person_id INTEGER,
    first_name VARCHAR,
    middle_name VARCHAR,
    last_name VARCHAR,
    cell_mobile_number VARCHAR,
    email_address VARCHAR,
    login_name VARCHAR,
    password VARCHAR
);
INSERT INTO People VALUES (111, 'Shannon', 'Elissa', 'Senger', '01955267735', 'javier.trantow@example.net', 'pgub', '5e4ff49a61b3544da3ad7dc7e2cf28847564c64c');
INSERT INTO People VALUES (121, 'Virginie', 'Jasmin', 'Hartmann', '(508)319-2970x043', 'boyer.lonie@example.com', 'bkkv', 'b063331ea8116befaa7b84c59c6a22200f5f8caa');
INSERT INTO People VALUES (131, 'Dariana', 'Hayley', 'Bednar', '(262)347-9364x516', 'leila14@example.net', 'zops', 'b20b6a9f24aadeda70d54e410c3219f61fb063fb');
INSERT INTO People VALUES (141, 'Verna', 'Arielle', 'Grant', '1-372-548-7538x314', 'adele.gibson@example.net', 'uuol', '7be9c03d5467d563555c51ebb3eb78e7f90832ec');
INSERT INTO People VALUES (151, 'Hoyt', 'Mercedes', 'Wintheiser', '1-603-110-0647', 'stanley.monahan@example.org', 'bnto', 'c55795df86182959094b83e27900f7cf44ced570');
INSERT INTO People VALUES (161, 'Mayra', 'Haley', 'Hartmann', '724-681-4161x51632', 'terry.kuhlman@example.org', 'rzxu', 'ecae473cb54601e01457078ac0cdf4a1ced837bb');
INSERT INTO People VALUES (171, 'Lizeth', 'Bell', 'Bartoletti', '812.228.0645x91481', 'celestine11@example.net', 'mkou', '76a93d1d3b7becc932d203beac61d064bd54e947');
INSERT INTO People VALUES (181, 'Nova', 'Amiya', 'Feest', '766-272-9964', 'oreynolds@example.com', 'qrwl', '7dce9b688636ee212294c257dd2f6b85c7f65f2e');

CREATE TABLE Students (
    student_id INTEGER,
    student_details VARCHAR
);
INSERT INTO Students VALUES (111, 'Marry');
INSERT INTO Students VALUES (121, 'Martin');
INSERT INTO Students VALUES (131, 'Barry');
INSERT INTO Students VALUES (141, 'Nikhil');
INSERT INTO Students VALUES (151, 'John');
INSERT INTO Students VALUES (161, 'Sarah');
INSERT INTO Students VALUES (171, 'Joe');
INSERT INTO Students VALUES (181, 'Nancy');

CREATE TABLE Courses (
    course_id INTEGER,
    course_name VARCHAR,
    course_description VARCHAR,
    other_details VARCHAR
);
INSERT INTO Courses VALUES (301, 'statistics', 'statistics', NULL);
INSERT INTO Courses VALUES (302, 'English', 'English', NULL);
INSERT INTO Courses VALUES (303, 'French', 'French', NULL);
INSERT INTO Courses VALUES (304, 'database', 'database', NULL);
INSERT INTO Courses VALUES (305, 'data structure', 'data structure', NULL);
INSERT INTO Courses VALUES (306, 'Art history', 'Art history', NULL);

CREATE TABLE People_Addresses (
    person_address_id INTEGER,
    person_id INTEGER,
    address_id INTEGER,
    date_from TIMESTAMP,
    date_to TIMESTAMP
);
INSERT INTO People_Addresses VALUES (122, 111, 9, '2012-09-26 13:21:00', '2018-03-21 09:46:30');
INSERT INTO People_Addresses VALUES (257, 121, 5, '2008-07-31 02:17:25', '2018-03-09 02:11:12');
INSERT INTO People_Addresses VALUES (269, 131, 88, '2008-05-26 20:43:41', '2018-03-11 20:26:41');
INSERT INTO People_Addresses VALUES (276, 141, 99, '2014-05-10 00:32:31', '2018-03-08 06:16:47');
INSERT INTO People_Addresses VALUES (281, 151, 92, '2010-11-26 05:21:12', '2018-03-12 21:10:02');
INSERT INTO People_Addresses VALUES (340, 161, 45, '2017-05-01 17:32:26', '2018-03-09 08:45:06');
INSERT INTO People_Addresses VALUES (363, 171, 55, '2015-05-24 16:14:12', '2018-02-23 22:44:18');
INSERT INTO People_Addresses VALUES (396, 181, 82, '2013-12-26 16:57:01', '2018-03-03 16:06:17');

CREATE TABLE Student_Course_Registrations (
    student_id INTEGER,
    course_id INTEGER,
    registration_date TIMESTAMP
);
INSERT INTO Student_Course_Registrations VALUES (111, 301, '2008-11-04 10:35:13');
INSERT INTO Student_Course_Registrations VALUES (121, 301, '2008-10-04 10:35:13');
INSERT INTO Student_Course_Registrations VALUES (121, 303, '2008-11-14 10:35:13');
INSERT INTO Student_Course_Registrations VALUES (131, 303, '2008-11-05 10:35:13');
INSERT INTO Student_Course_Registrations VALUES (141, 302, '2008-11-06 10:35:13');
INSERT INTO Student_Course_Registrations VALUES (151, 305, '2008-11-07 10:35:13');
INSERT INTO Student_Course_Registrations VALUES (161, 302, '2008-11-07 10:35:13');
INSERT INTO Student_Course_Registrations VALUES (171, 301, '2008-11-07 10:35:13');
INSERT INTO Student_Course_Registrations VALUES (141, 301, '2008-11-08 10:35:13');

CREATE TABLE Student_Course_Attendance (
    student_id INTEGER,
    course_id INTEGER,
    date_of_attendance TIMESTAMP
);
INSERT INTO Student_Course_Attendance VALUES (111, 301, '2008-11-04 10:35:13');
INSERT INTO Student_Course_Attendance VALUES (121, 301, '2012-04-09 11:44:34');
INSERT INTO Student_Course_Attendance VALUES (121, 303, '2014-04-09 11:44:34');
INSERT INTO Student_Course_Attendance VALUES (141, 302, '2013-04-09 11:44:34');
INSERT INTO Student_Course_Attendance VALUES (171, 301, '2015-04-09 11:44:34');
INSERT INTO Student_Course_Attendance VALUES (161, 302, '2014-01-09 11:44:34');
INSERT INTO Student_Course_Attendance VALUES (151, 305, '2012-05-09 11:44:34');
INSERT INTO Student_Course_Attendance VALUES (141, 301, '2012-09-09 11:44:34');

CREATE TABLE Candidates (
    candidate_id INTEGER,
    candidate_details VARCHAR
);
INSERT INTO Candidates VALUES (111, 'Jane');
INSERT INTO Candidates VALUES (121, 'Robert');
INSERT INTO Candidates VALUES (131, 'Alex');
INSERT INTO Candidates VALUES (141, 'Tao');
INSERT INTO Candidates VALUES (151, 'Jack');
INSERT INTO Candidates VALUES (161, 'Leo');
INSERT INTO Candidates VALUES (171, 'Robin');
INSERT INTO Candidates VALUES (181, 'Cindy');

CREATE TABLE Candidate_Assessments (
    candidate_id INTEGER,
    qualification VARCHAR,
    assessment_date TIMESTAMP,
    asessment_outcome_code VARCHAR
);
INSERT INTO Candidate_Assessments VALUES (111, 'A', '2010-04-07 11:44:34', 'Pass');
INSERT INTO Candidate_Assessments VALUES (121, 'B', '2010-04-17 11:44:34', 'Pass');
INSERT INTO Candidate_Assessments VALUES (131, 'D', '2010-04-05 11:44:34', 'Fail');
INSERT INTO Candidate_Assessments VALUES (141, 'C', '2010-04-06 11:44:34', 'Pass');
INSERT INTO Candidate_Assessments VALUES (151, 'B', '2010-04-09 11:44:34', 'Pass');

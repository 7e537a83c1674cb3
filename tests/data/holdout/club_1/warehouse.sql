-- Spider (Yu et al., 2018), train split, database club_1: CC BY-SA 4.0.
-- Rows as in Spider's club_1.sqlite (via LeLuven/MachineSpider, names restored); table and
-- column names as in Spider's tables.json.
-- Student numbers, ages, major and advisor codes are INTEGERs (majors such as 600 and advisors
-- such as 1121 are codes, stored as numbers in the source); the rest text as stored.
-- All 34 students, 4 clubs, 4 memberships.
CREATE TABLE Student (
    StuID INTEGER PRIMARY KEY,
    LName VARCHAR,
    Fname VARCHAR,
    Age INTEGER,
    Sex VARCHAR,
    Major INTEGER,
    Advisor INTEGER,
    city_code VARCHAR
);
CREATE TABLE Club (
    ClubID INTEGER PRIMARY KEY,
    ClubName VARCHAR,
    ClubDesc VARCHAR,
    ClubLocation VARCHAR
);
CREATE TABLE Member_of_club (
    StuID INTEGER REFERENCES Student (StuID),
    ClubID INTEGER REFERENCES Club (ClubID),
    Position VARCHAR
);
INSERT INTO Student VALUES (1001, 'Smith', 'Linda', 18, 'F', 600, 1121, 'BAL');
INSERT INTO Student VALUES (1002, 'Kim', 'Tracy', 19, 'F', 600, 7712, 'HKG');
INSERT INTO Student VALUES (1003, 'Jones', 'Shiela', 21, 'F', 600, 7792, 'WAS');
INSERT INTO Student VALUES (1004, 'Kumar', 'Dinesh', 20, 'M', 600, 8423, 'CHI');
INSERT INTO Student VALUES (1005, 'Gompers', 'Paul', 26, 'M', 600, 1121, 'YYZ');
INSERT INTO Student VALUES (1006, 'Schultz', 'Andy', 18, 'M', 600, 1148, 'BAL');
INSERT INTO Student VALUES (1007, 'Apap', 'Lisa', 18, 'F', 600, 8918, 'PIT');
INSERT INTO Student VALUES (1008, 'Nelson', 'Jandy', 20, 'F', 600, 9172, 'BAL');
INSERT INTO Student VALUES (1009, 'Tai', 'Eric', 19, 'M', 600, 2192, 'YYZ');
INSERT INTO Student VALUES (1010, 'Lee', 'Derek', 17, 'M', 600, 2192, 'HOU');
INSERT INTO Student VALUES (1011, 'Adams', 'David', 22, 'M', 600, 1148, 'PHL');
INSERT INTO Student VALUES (1012, 'Davis', 'Steven', 20, 'M', 600, 7723, 'PIT');
INSERT INTO Student VALUES (1014, 'Norris', 'Charles', 18, 'M', 600, 8741, 'DAL');
INSERT INTO Student VALUES (1015, 'Lee', 'Susan', 16, 'F', 600, 8721, 'HKG');
INSERT INTO Student VALUES (1016, 'Schwartz', 'Mark', 17, 'M', 600, 2192, 'DET');
INSERT INTO Student VALUES (1017, 'Wilson', 'Bruce', 27, 'M', 600, 1148, 'LON');
INSERT INTO Student VALUES (1018, 'Leighton', 'Michael', 20, 'M', 600, 1121, 'PIT');
INSERT INTO Student VALUES (1019, 'Pang', 'Arthur', 18, 'M', 600, 2192, 'WAS');
INSERT INTO Student VALUES (1020, 'Thornton', 'Ian', 22, 'M', 520, 7271, 'NYC');
INSERT INTO Student VALUES (1021, 'Andreou', 'George', 19, 'M', 520, 8722, 'NYC');
INSERT INTO Student VALUES (1022, 'Woods', 'Michael', 17, 'M', 540, 8722, 'PHL');
INSERT INTO Student VALUES (1023, 'Shieber', 'David', 20, 'M', 520, 8722, 'NYC');
INSERT INTO Student VALUES (1024, 'Prater', 'Stacy', 18, 'F', 540, 7271, 'BAL');
INSERT INTO Student VALUES (1025, 'Goldman', 'Mark', 18, 'M', 520, 7134, 'PIT');
INSERT INTO Student VALUES (1026, 'Pang', 'Eric', 19, 'M', 520, 7134, 'HKG');
INSERT INTO Student VALUES (1027, 'Brody', 'Paul', 18, 'M', 520, 8723, 'LOS');
INSERT INTO Student VALUES (1028, 'Rugh', 'Eric', 20, 'M', 550, 2311, 'ROC');
INSERT INTO Student VALUES (1029, 'Han', 'Jun', 17, 'M', 100, 2311, 'PEK');
INSERT INTO Student VALUES (1030, 'Cheng', 'Lisa', 21, 'F', 550, 2311, 'SFO');
INSERT INTO Student VALUES (1031, 'Smith', 'Sarah', 20, 'F', 550, 8772, 'PHL');
INSERT INTO Student VALUES (1032, 'Brown', 'Eric', 20, 'M', 550, 8772, 'ATL');
INSERT INTO Student VALUES (1033, 'Simms', 'William', 18, 'M', 550, 8772, 'NAR');
INSERT INTO Student VALUES (1034, 'Epp', 'Eric', 18, 'M', 50, 5718, 'BOS');
INSERT INTO Student VALUES (1035, 'Schmidt', 'Sarah', 26, 'F', 50, 5718, 'WAS');
INSERT INTO Club VALUES (1, 'Bootup Baltimore', 'Refurbish computers; teach kids and adults about computer basics.', 'AKW');
INSERT INTO Club VALUES (2, 'Hopkins Student Enterprises', 'Venture capital fund for student business.', 'AKW');
INSERT INTO Club VALUES (3, 'Pen and Paper Gaming', 'Play pen and paper games on campus.', 'HHH');
INSERT INTO Club VALUES (4, 'Tennis Club', 'A competitive tennis club.', 'AKW');
INSERT INTO Member_of_club VALUES (1001, 1, 'President');
INSERT INTO Member_of_club VALUES (1007, 4, 'Vice-President');
INSERT INTO Member_of_club VALUES (1008, 2, 'CTO');
INSERT INTO Member_of_club VALUES (1010, 1, 'Teaching Coordinator');

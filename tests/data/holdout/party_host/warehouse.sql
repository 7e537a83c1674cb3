-- party_host (Spider train): every row, Spider's table and column names; ages and years as integers,
-- Is_Main_in_Charge ('T'/'F' in the source) as a boolean.
CREATE TABLE party (Party_ID INTEGER, Party_Theme VARCHAR, Location VARCHAR, First_year INTEGER, Last_year INTEGER, Number_of_hosts INTEGER, PRIMARY KEY (Party_ID));
CREATE TABLE host (Host_ID INTEGER, Name VARCHAR, Nationality VARCHAR, Age INTEGER, PRIMARY KEY (Host_ID));
CREATE TABLE party_host (Party_ID INTEGER, Host_ID INTEGER, Is_Main_in_Charge BOOLEAN, PRIMARY KEY (Party_ID, Host_ID));
INSERT INTO party VALUES (1, 'Spring', 'Hemkade 48 Zaandam', 2000, 2001, 5);
INSERT INTO party VALUES (2, 'Club Q-BASE', 'Hemkade 48 Zaandam', 2002, 2002, 23);
INSERT INTO party VALUES (3, 'Hardcore Resurrection', 'Various locations', 2000, 2003, 4);
INSERT INTO party VALUES (4, 'Teqnology', 'Heineken Music Hall Amsterdam', 2002, 2004, 6);
INSERT INTO party VALUES (5, 'Qlubtempo', 'Hemkade 48 Zaandam, Heineken Music Hall Amsterdam', 2001, 2007, 31);
INSERT INTO party VALUES (6, 'QrimeTime', 'Heineken Music Hall Amsterdam', 2004, 2007, 4);
INSERT INTO party VALUES (7, 'In Qontrol', 'RAI Amsterdam', 2004, 2010, 7);
INSERT INTO party VALUES (8, 'Houseqlassics', 'Various locations', 1999, 2010, 18);
INSERT INTO host VALUES (1, 'Austin Daye', 'United States', 43);
INSERT INTO host VALUES (2, 'Lloyd Daniels', 'United States', 37);
INSERT INTO host VALUES (3, 'Kornel David', 'Hungary', 31);
INSERT INTO host VALUES (4, 'Antonio Davis', 'United States', 26);
INSERT INTO host VALUES (5, 'Ed Davis', 'United States', 45);
INSERT INTO host VALUES (6, 'Hubert Davis', 'United States', 47);
INSERT INTO host VALUES (7, 'Carlos Delfino', 'Argentina', 30);
INSERT INTO host VALUES (8, 'Justin Dentmon', 'United States', 40);
INSERT INTO host VALUES (9, 'DeMar DeRozan', 'United States', 31);
INSERT INTO host VALUES (10, 'Derrick Dial', 'United States', 60);
INSERT INTO party_host VALUES (1, 1, TRUE);
INSERT INTO party_host VALUES (8, 7, TRUE);
INSERT INTO party_host VALUES (6, 10, FALSE);
INSERT INTO party_host VALUES (4, 2, TRUE);
INSERT INTO party_host VALUES (2, 5, FALSE);
INSERT INTO party_host VALUES (6, 3, TRUE);

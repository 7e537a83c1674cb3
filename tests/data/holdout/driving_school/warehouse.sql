-- Spider (Yu et al., 2018), train split, database driving_school: CC BY-SA 4.0.
-- Rows as in Spider's driving_school.sqlite; table and column names as in Spider's tables.json.
-- Dates (DATETIME text with a time of day) are DATEs (the time is dropped) but for
-- datetime_payment, a TIMESTAMP; lesson_time (stored as text) is an INTEGER; zip codes and phone
-- numbers stay text. All 15 addresses, 3 vehicles, 15 staff, 15 customers, 15 customer payments
-- and 15 lessons.
CREATE TABLE Addresses (
    address_id INTEGER,
    line_1_number_building VARCHAR,
    city VARCHAR,
    zip_postcode VARCHAR,
    state_province_county VARCHAR,
    country VARCHAR
);
INSERT INTO Addresses VALUES (1, '3904 Stroman Passage', 'Port Melyssa', '14445', 'Georgia', 'USA');
INSERT INTO Addresses VALUES (2, '053 Quigley Island', 'Hagenesfurt', '22194', 'Kentucky', 'USA');
INSERT INTO Addresses VALUES (3, '00704 Zoe Alley', 'Lake Elaina', '08938', 'Georgia', 'USA');
INSERT INTO Addresses VALUES (4, '484 O''Hara Drive', 'Buckridgehaven', '00005', 'Oregon', 'USA');
INSERT INTO Addresses VALUES (5, '354 Frederik Ridge', 'Powlowskichester', '27559', 'Ohio', 'USA');
INSERT INTO Addresses VALUES (6, '376 Kallie Tunnel Apt. 784', 'Elviebury', '63768', 'Connecticut', 'USA');
INSERT INTO Addresses VALUES (7, '56461 Baumbach Well Suite 634', 'Lockmanfurt', '34975', 'Washington', 'USA');
INSERT INTO Addresses VALUES (8, '29085 Dejah Pine Suite 059', 'Lake Rafaela', '80376', 'WestVirginia', 'USA');
INSERT INTO Addresses VALUES (9, '535 Ariel Brook', 'Port Jackelinemouth', '85954', 'Maine', 'USA');
INSERT INTO Addresses VALUES (10, '2291 Larkin Ports', 'South Richieport', '95098', 'Idaho', 'USA');
INSERT INTO Addresses VALUES (11, '37698 Hahn Curve Apt. 572', 'South Eugene', '99903', 'Alabama', 'USA');
INSERT INTO Addresses VALUES (12, '7089 Mueller Forks', 'New Bernieceburgh', '38197', 'Louisiana', 'USA');
INSERT INTO Addresses VALUES (13, '43235 Jazmin Mountain Suite 251', 'Ericamouth', '75074', 'Louisiana', 'USA');
INSERT INTO Addresses VALUES (14, '4834 Schaefer Light Suite 947', 'Damianfort', '61121', 'Connecticut', 'USA');
INSERT INTO Addresses VALUES (15, '9260 Streich Mountain', 'West Edmondview', '43988', 'Kentucky', 'USA');
CREATE TABLE Vehicles (
    vehicle_id INTEGER,
    vehicle_details VARCHAR
);
INSERT INTO Vehicles VALUES (1, 'Van');
INSERT INTO Vehicles VALUES (2, 'Truck');
INSERT INTO Vehicles VALUES (3, 'Car');
CREATE TABLE Staff (
    staff_id INTEGER,
    staff_address_id INTEGER,
    nickname VARCHAR,
    first_name VARCHAR,
    middle_name VARCHAR,
    last_name VARCHAR,
    date_of_birth DATE,
    date_joined_staff DATE,
    date_left_staff DATE
);
INSERT INTO Staff VALUES (1, 14, 'thompson.constantin', 'Janessa', 'Amara', 'Sawayn', DATE '2010-12-08', DATE '2017-04-27', DATE '2018-03-23');
INSERT INTO Staff VALUES (2, 3, 'santos45', 'Camylle', 'Icie', 'Weissnat', DATE '2015-08-01', DATE '2016-06-06', DATE '2018-03-10');
INSERT INTO Staff VALUES (3, 5, 'ynader', 'Kaitlin', 'Stephania', 'Mertz', DATE '1994-05-17', DATE '2018-01-02', DATE '2018-03-24');
INSERT INTO Staff VALUES (4, 1, 'lsenger', 'Rebekah', 'Sherwood', 'Hermann', DATE '2003-01-16', DATE '2017-10-21', DATE '2018-03-04');
INSERT INTO Staff VALUES (5, 14, 'ledner.jamie', 'Jedidiah', 'Dejon', 'Herzog', DATE '2015-08-10', DATE '2016-05-16', DATE '2018-03-08');
INSERT INTO Staff VALUES (6, 12, 'bogisich.geovany', 'Eulalia', 'Tre', 'Maggio', DATE '1998-04-27', DATE '2017-08-27', DATE '2018-02-28');
INSERT INTO Staff VALUES (7, 13, 'weldon.kling', 'Queenie', 'Madelyn', 'Macejkovic', DATE '2007-06-11', DATE '2017-06-04', DATE '2018-03-08');
INSERT INTO Staff VALUES (8, 1, 'gabe21', 'Titus', 'Duane', 'Durgan', DATE '2005-05-02', DATE '2016-05-26', DATE '2018-03-05');
INSERT INTO Staff VALUES (9, 4, 'ymiller', 'Margie', 'Caesar', 'Doyle', DATE '1995-06-03', DATE '2017-12-22', DATE '2018-03-08');
INSERT INTO Staff VALUES (10, 2, 'sbrown', 'Jaleel', 'Maiya', 'Rogahn', DATE '1996-09-24', DATE '2016-06-05', DATE '2018-03-14');
INSERT INTO Staff VALUES (11, 1, 'nicholaus92', 'Winnifred', 'Liam', 'Jast', DATE '2000-06-13', DATE '2016-05-01', DATE '2018-03-09');
INSERT INTO Staff VALUES (12, 7, 'edwin.hudson', 'Lincoln', 'Benny', 'Carroll', DATE '1996-03-09', DATE '2016-11-05', DATE '2018-03-06');
INSERT INTO Staff VALUES (13, 1, 'norma73', 'Ernestina', 'Clarabelle', 'Mraz', DATE '2004-05-19', DATE '2016-11-13', DATE '2018-02-26');
INSERT INTO Staff VALUES (14, 6, 'bkunze', 'Ludie', 'Ulices', 'Kuphal', DATE '2000-11-16', DATE '2017-08-30', DATE '2018-03-02');
INSERT INTO Staff VALUES (15, 3, 'weissnat.vincenzo', 'Simeon', 'Mayra', 'Turner', DATE '1997-03-29', DATE '2017-02-20', DATE '2018-03-01');
CREATE TABLE Customers (
    customer_id INTEGER,
    customer_address_id INTEGER,
    customer_status_code VARCHAR,
    date_became_customer DATE,
    date_of_birth DATE,
    first_name VARCHAR,
    last_name VARCHAR,
    amount_outstanding DOUBLE,
    email_address VARCHAR,
    phone_number VARCHAR,
    cell_mobile_phone_number VARCHAR
);
INSERT INTO Customers VALUES (1, 13, 'Bad Customer', DATE '2016-05-11', DATE '1998-12-15', 'Carole', 'Bernhard', 255.0, 'everette.goyette@example.org', '07278206718', '861-638-9797');
INSERT INTO Customers VALUES (2, 10, 'Bad Customer', DATE '2015-11-16', DATE '1995-07-17', 'Genevieve', 'Terry', 7256.0, 'huel.jana@example.org', '+14(5)2351480248', '578-518-4785x612');
INSERT INTO Customers VALUES (3, 10, 'Good Customer', DATE '2016-04-08', DATE '1994-06-21', 'Clara', 'Ortiz', 9443.0, 'hilario.sporer@example.org', '374-483-2758x85087', '1-197-686-2849x8761');
INSERT INTO Customers VALUES (4, 8, 'Good Customer', DATE '2016-07-22', DATE '1993-02-07', 'Jordy', 'Tromp', 3751.0, 'afranecki@example.com', '218.550.1362', '081-097-3684');
INSERT INTO Customers VALUES (5, 2, 'Bad Customer', DATE '2017-11-12', DATE '1991-02-10', 'Millie', 'Bruen', 5687.0, 'asha.kilback@example.org', '1-618-535-9750', '00659133944');
INSERT INTO Customers VALUES (6, 9, 'Good Customer', DATE '2017-04-16', DATE '1993-03-08', 'Amya', 'Spinka', 3900.0, 'kozey.citlalli@example.org', '1-673-962-8158x7646', '(780)719-4206x033');
INSERT INTO Customers VALUES (7, 1, 'Bad Customer', DATE '2015-06-24', DATE '1996-11-07', 'Marina', 'Koelpin', 8144.0, 'mayert.judy@example.com', '(662)490-3108', '848-099-2095x785');
INSERT INTO Customers VALUES (8, 10, 'Bad Customer', DATE '2017-10-05', DATE '1998-09-18', 'Dianna', 'Trantow', 9500.0, 'kroberts@example.org', '206-054-0689x05861', '739-333-6966x187');
INSERT INTO Customers VALUES (9, 12, 'Bad Customer', DATE '2016-02-17', DATE '1991-12-05', 'Leif', 'Mertz', 7093.0, 'mariela28@example.org', '753.921.0871', '1-387-258-1016x96963');
INSERT INTO Customers VALUES (10, 1, 'Bad Customer', DATE '2017-11-25', DATE '1996-08-29', 'Rylan', 'Goodwin', 1000.0, 'nichole59@example.com', '1-387-884-0656', '+45(6)4872981083');
INSERT INTO Customers VALUES (11, 13, 'Good Customer', DATE '2016-11-30', DATE '1994-05-07', 'Ray', 'Kohler', 9447.0, 'karina.carroll@example.net', '(297)122-0086', '577-584-4864');
INSERT INTO Customers VALUES (12, 9, 'Bad Customer', DATE '2016-05-13', DATE '1993-07-09', 'Omer', 'Leuschke', 2099.0, 'myrl.lind@example.net', '417.136.2900x672', '200.830.8723');
INSERT INTO Customers VALUES (13, 7, 'Good Customer', DATE '2016-09-04', DATE '1988-09-19', 'Sigrid', 'Schmeler', 2255.0, 'wehner.harold@example.com', '192-395-2411', '+57(9)4602098297');
INSERT INTO Customers VALUES (14, 10, 'Good Customer', DATE '2016-03-18', DATE '1996-05-23', 'Estelle', 'Grant', 5494.0, 'ehowell@example.com', '1-875-045-0806', '1-401-108-8016x078');
INSERT INTO Customers VALUES (15, 1, 'Bad Customer', DATE '2015-09-25', DATE '1996-08-30', 'Dameon', 'Sanford', 9332.0, 'kitty.hand@example.net', '(729)396-4354x3576', '(630)964-2426');
CREATE TABLE Customer_Payments (
    customer_id INTEGER,
    datetime_payment TIMESTAMP,
    payment_method_code VARCHAR,
    amount_payment DOUBLE
);
INSERT INTO Customer_Payments VALUES (11, TIMESTAMP '2018-02-05 18:44:46', 'Direct Debit', 9570.93);
INSERT INTO Customer_Payments VALUES (2, TIMESTAMP '2018-02-24 10:07:05', 'Direct Debit', 8180.26);
INSERT INTO Customer_Payments VALUES (14, TIMESTAMP '2018-02-27 20:08:53', 'Direct Debit', 4610.26);
INSERT INTO Customer_Payments VALUES (6, TIMESTAMP '2018-03-12 08:41:47', 'Direct Debit', 4032.33);
INSERT INTO Customer_Payments VALUES (3, TIMESTAMP '2018-02-06 13:35:58', 'Credit Card', 787.12);
INSERT INTO Customer_Payments VALUES (14, TIMESTAMP '2018-03-12 13:31:36', 'Credit Card', 6970.98);
INSERT INTO Customer_Payments VALUES (4, TIMESTAMP '2018-02-03 15:04:36', 'Direct Debit', 6311.37);
INSERT INTO Customer_Payments VALUES (7, TIMESTAMP '2018-02-15 16:38:49', 'Direct Debit', 4773.16);
INSERT INTO Customer_Payments VALUES (13, TIMESTAMP '2018-02-21 05:28:49', 'Credit Card', 7440.34);
INSERT INTO Customer_Payments VALUES (6, TIMESTAMP '2018-02-19 09:06:29', 'Direct Debit', 5475.26);
INSERT INTO Customer_Payments VALUES (2, TIMESTAMP '2018-03-20 21:38:41', 'Direct Debit', 1708.18);
INSERT INTO Customer_Payments VALUES (10, TIMESTAMP '2018-02-01 06:15:31', 'Direct Debit', 6782.84);
INSERT INTO Customer_Payments VALUES (1, TIMESTAMP '2018-03-18 13:48:13', 'Direct Debit', 9886.62);
INSERT INTO Customer_Payments VALUES (14, TIMESTAMP '2018-02-19 01:49:59', 'Credit Card', 3073.98);
INSERT INTO Customer_Payments VALUES (12, TIMESTAMP '2018-03-06 21:36:41', 'Credit Card', 9414.74);
CREATE TABLE Lessons (
    lesson_id INTEGER,
    customer_id INTEGER,
    lesson_status_code VARCHAR,
    staff_id INTEGER,
    vehicle_id INTEGER,
    lesson_date DATE,
    lesson_time INTEGER,
    price DOUBLE
);
INSERT INTO Lessons VALUES (1, 6, 'Cancelled', 8, 3, DATE '2018-02-28', 5, 199.0);
INSERT INTO Lessons VALUES (2, 8, 'Cancelled', 14, 3, DATE '2018-03-07', 6, 167.0);
INSERT INTO Lessons VALUES (3, 6, 'Cancelled', 11, 2, DATE '2018-03-03', 3, 352.0);
INSERT INTO Lessons VALUES (4, 8, 'Completed', 1, 2, DATE '2018-03-17', 9, 306.0);
INSERT INTO Lessons VALUES (5, 10, 'Completed', 3, 2, DATE '2018-03-12', 9, 295.0);
INSERT INTO Lessons VALUES (6, 5, 'Completed', 4, 2, DATE '2018-03-07', 6, 492.0);
INSERT INTO Lessons VALUES (7, 9, 'Cancelled', 11, 1, DATE '2018-03-08', 9, 231.0);
INSERT INTO Lessons VALUES (8, 3, 'Completed', 8, 2, DATE '2018-03-21', 2, 277.0);
INSERT INTO Lessons VALUES (9, 2, 'Completed', 4, 2, DATE '2018-03-05', 9, 456.0);
INSERT INTO Lessons VALUES (10, 2, 'Cancelled', 5, 2, DATE '2018-02-26', 4, 495.0);
INSERT INTO Lessons VALUES (11, 10, 'Cancelled', 15, 1, DATE '2018-03-04', 2, 223.0);
INSERT INTO Lessons VALUES (12, 11, 'Cancelled', 12, 2, DATE '2018-03-16', 2, 184.0);
INSERT INTO Lessons VALUES (13, 13, 'Completed', 12, 1, DATE '2018-03-05', 5, 446.0);
INSERT INTO Lessons VALUES (14, 11, 'Cancelled', 11, 1, DATE '2018-03-07', 5, 483.0);
INSERT INTO Lessons VALUES (15, 3, 'Cancelled', 8, 1, DATE '2018-03-06', 9, 340.0);

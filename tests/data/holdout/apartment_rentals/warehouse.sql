-- Spider (Yu et al., 2018), train split, database apartment_rentals: CC BY-SA 4.0.
-- Rows as in Spider's apartment_rentals.sqlite; table and column names as in Spider's tables.json.
-- Dates (DATETIME text with a time of day) are DATEs (the time is dropped); room_count (stored as
-- text) is an INTEGER; available_yn (BIT) a BOOLEAN. All 15 buildings, 15 apartments, 7
-- apartment facilities, 15 guests, 15 bookings and 20 unit-status records.
CREATE TABLE Apartment_Buildings (
    building_id INTEGER,
    building_short_name VARCHAR,
    building_full_name VARCHAR,
    building_description VARCHAR,
    building_address VARCHAR,
    building_manager VARCHAR,
    building_phone VARCHAR
);
INSERT INTO Apartment_Buildings VALUES (133, 'Normandie Court', 'Normandie Court', 'Studio', '7950 Casper Vista Apt. 176
Marquiseberg, CA 70496', 'Emma', '(948)040-1064x387');
INSERT INTO Apartment_Buildings VALUES (153, 'Mercedes House', 'Mercedes House', 'Studio', '354 Otto Villages
Charliefort, VT 71664', 'Brenden', '915-617-2408x832');
INSERT INTO Apartment_Buildings VALUES (191, 'The Eugene', 'The Eugene', 'Flat', '71537 Gorczany Inlet
Wisozkburgh, AL 08256', 'Melyssa', '(609)946-0491');
INSERT INTO Apartment_Buildings VALUES (196, 'VIA 57 WEST', 'VIA 57 WEST', 'Studio', '959 Ethel Viaduct
West Efrainburgh, DE 40074', 'Kathlyn', '681.772.2454');
INSERT INTO Apartment_Buildings VALUES (225, 'Columbus Square', 'Columbus Square', 'Studio', '0703 Danika Mountains Apt. 362
Mohrland, AL 56839-5028', 'Kyle', '1-724-982-9507x640');
INSERT INTO Apartment_Buildings VALUES (532, 'Avalon Park', 'Avalon Park', 'Duplex', '6827 Kessler Parkway Suite 908
Ahmedberg, WI 48788', 'Albert', '376-017-3538');
INSERT INTO Apartment_Buildings VALUES (556, 'Peter Cooper Village', 'Peter Cooper Village', 'Flat', '861 Narciso Glens Suite 392
East Ottis, ND 73970', 'Darlene', '1-224-619-0295x13195');
INSERT INTO Apartment_Buildings VALUES (624, 'Stuyvesant Town', 'Stuyvesant Town', 'Studio', '101 Queenie Mountains Suite 619
New Korbinmouth, KS 88726-1376', 'Marie', '(145)411-6406');
INSERT INTO Apartment_Buildings VALUES (644, 'The Anthem', 'The Anthem', 'Flat', '50804 Mason Isle Suite 844
West Whitney, ID 66511', 'Ewald', '(909)086-5221x3455');
INSERT INTO Apartment_Buildings VALUES (673, 'Barclay Tower', 'Barclay Tower', 'Flat', '1579 Runte Forges Apt. 548
Leuschkeland, OK 12009-8683', 'Rogers', '1-326-267-3386x613');
INSERT INTO Apartment_Buildings VALUES (734, 'Windsor Court', 'Windsor Court', 'Studio', '601 Graham Roads
Port Luz, VA 29660-6703', 'Olaf', '(480)480-7401');
INSERT INTO Apartment_Buildings VALUES (744, 'Silver Towers', 'Silver Towers', 'Flat', '1844 Armstrong Stravenue Suite 853
Myrnatown, CT 13528', 'Claude', '1-667-728-2287x3158');
INSERT INTO Apartment_Buildings VALUES (790, 'Biltmore Plaza', 'Biltmore Plaza', 'Duplex', '489 Josh Orchard Apt. 998
Sipesview, DE 69053', 'Sydni', '544-148-5565x2847');
INSERT INTO Apartment_Buildings VALUES (808, 'Petersfield', 'Petersfield', 'Studio', '54686 Christopher Circles Apt. 321
Daytonland, ID 88081-3991', 'Juvenal', '318-398-8140');
INSERT INTO Apartment_Buildings VALUES (968, 'The Clinton', 'The Clinton', 'Flat', '012 Arnoldo Mountain
Gerholdland, ID 23342', 'Holly', '1-605-511-1973x25011');
CREATE TABLE Apartments (
    apt_id INTEGER,
    building_id INTEGER,
    apt_type_code VARCHAR,
    apt_number VARCHAR,
    bathroom_count INTEGER,
    bedroom_count INTEGER,
    room_count INTEGER
);
INSERT INTO Apartments VALUES (1, 808, 'Flat', 'Suite 645', 1, 3, 7);
INSERT INTO Apartments VALUES (2, 624, 'Flat', 'Apt. 585', 2, 4, 5);
INSERT INTO Apartments VALUES (3, 225, 'Studio', 'Apt. 908', 1, 6, 7);
INSERT INTO Apartments VALUES (4, 225, 'Duplex', 'Suite 749', 1, 5, 8);
INSERT INTO Apartments VALUES (5, 744, 'Flat', 'Suite 307', 2, 4, 9);
INSERT INTO Apartments VALUES (6, 191, 'Studio', 'Apt. 187', 3, 5, 9);
INSERT INTO Apartments VALUES (7, 790, 'Studio', 'Suite 088', 2, 4, 6);
INSERT INTO Apartments VALUES (8, 153, 'Flat', 'Suite 693', 2, 3, 9);
INSERT INTO Apartments VALUES (9, 624, 'Studio', 'Apt. 940', 1, 4, 8);
INSERT INTO Apartments VALUES (10, 225, 'Duplex', 'Apt. 859', 2, 3, 6);
INSERT INTO Apartments VALUES (11, 734, 'Flat', 'Apt. 794', 1, 5, 3);
INSERT INTO Apartments VALUES (12, 673, 'Duplex', 'Apt. 477', 2, 6, 3);
INSERT INTO Apartments VALUES (13, 744, 'Duplex', 'Apt. 411', 2, 5, 9);
INSERT INTO Apartments VALUES (14, 225, 'Flat', 'Apt. 837', 2, 4, 8);
INSERT INTO Apartments VALUES (15, 790, 'Duplex', 'Suite 634', 3, 6, 8);
CREATE TABLE Apartment_Facilities (
    apt_id INTEGER,
    facility_code VARCHAR
);
INSERT INTO Apartment_Facilities VALUES (1, 'Boardband');
INSERT INTO Apartment_Facilities VALUES (2, 'Boardband');
INSERT INTO Apartment_Facilities VALUES (3, 'Gym');
INSERT INTO Apartment_Facilities VALUES (5, 'Swimming Pool');
INSERT INTO Apartment_Facilities VALUES (6, 'Cable TV');
INSERT INTO Apartment_Facilities VALUES (9, 'Boardband');
INSERT INTO Apartment_Facilities VALUES (15, 'Gym');
CREATE TABLE Guests (
    guest_id INTEGER,
    gender_code VARCHAR,
    guest_first_name VARCHAR,
    guest_last_name VARCHAR,
    date_of_birth DATE
);
INSERT INTO Guests VALUES (1, 'Male', 'Kip', 'DuBuque', DATE '1995-11-04');
INSERT INTO Guests VALUES (2, 'Unknown', 'Rebeca', 'Runolfsdottir', DATE '1974-05-12');
INSERT INTO Guests VALUES (3, 'Female', 'Keon', 'Treutel', DATE '1974-08-20');
INSERT INTO Guests VALUES (4, 'Female', 'Gabe', 'Bode', DATE '2007-09-11');
INSERT INTO Guests VALUES (5, 'Female', 'Lou', 'Grady', DATE '1997-01-15');
INSERT INTO Guests VALUES (6, 'Unknown', 'Josefina', 'Jerde', DATE '1978-03-08');
INSERT INTO Guests VALUES (7, 'Female', 'Mozell', 'Toy', DATE '1997-01-20');
INSERT INTO Guests VALUES (8, 'Unknown', 'Keith', 'Hoeger', DATE '2001-06-18');
INSERT INTO Guests VALUES (9, 'Female', 'Crystal', 'Runolfsson', DATE '1971-01-04');
INSERT INTO Guests VALUES (10, 'Female', 'Nikki', 'Lehner', DATE '1980-06-20');
INSERT INTO Guests VALUES (11, 'Male', 'Gregoria', 'Schowalter', DATE '2015-02-03');
INSERT INTO Guests VALUES (12, 'Male', 'Louvenia', 'Crona', DATE '1983-08-26');
INSERT INTO Guests VALUES (13, 'Female', 'Else', 'Roberts', DATE '1971-11-02');
INSERT INTO Guests VALUES (14, 'Female', 'Juvenal', 'Kautzer', DATE '2003-07-29');
INSERT INTO Guests VALUES (15, 'Female', 'Tamia', 'Mante', DATE '2013-02-22');
CREATE TABLE Apartment_Bookings (
    apt_booking_id INTEGER,
    apt_id INTEGER,
    guest_id INTEGER,
    booking_status_code VARCHAR,
    booking_start_date DATE,
    booking_end_date DATE
);
INSERT INTO Apartment_Bookings VALUES (258, 10, 2, 'Provisional', DATE '2016-09-26', DATE '2017-10-07');
INSERT INTO Apartment_Bookings VALUES (279, 15, 15, 'Provisional', DATE '2016-04-01', DATE '2017-10-25');
INSERT INTO Apartment_Bookings VALUES (337, 8, 5, 'Provisional', DATE '2017-03-13', DATE '2018-02-19');
INSERT INTO Apartment_Bookings VALUES (343, 4, 13, 'Confirmed', DATE '2016-08-04', DATE '2017-09-29');
INSERT INTO Apartment_Bookings VALUES (365, 9, 12, 'Confirmed', DATE '2017-02-11', DATE '2017-10-07');
INSERT INTO Apartment_Bookings VALUES (401, 7, 14, 'Provisional', DATE '2016-05-24', DATE '2017-10-03');
INSERT INTO Apartment_Bookings VALUES (497, 10, 8, 'Confirmed', DATE '2016-07-25', DATE '2017-09-28');
INSERT INTO Apartment_Bookings VALUES (526, 8, 7, 'Confirmed', DATE '2016-11-26', DATE '2018-02-25');
INSERT INTO Apartment_Bookings VALUES (575, 6, 3, 'Provisional', DATE '2017-05-13', DATE '2017-10-06');
INSERT INTO Apartment_Bookings VALUES (577, 12, 2, 'Provisional', DATE '2017-03-04', DATE '2018-02-06');
INSERT INTO Apartment_Bookings VALUES (623, 4, 5, 'Provisional', DATE '2016-06-07', DATE '2017-11-13');
INSERT INTO Apartment_Bookings VALUES (807, 11, 2, 'Provisional', DATE '2016-04-17', DATE '2018-03-20');
INSERT INTO Apartment_Bookings VALUES (889, 10, 4, 'Confirmed', DATE '2016-09-28', DATE '2017-09-30');
INSERT INTO Apartment_Bookings VALUES (920, 2, 2, 'Confirmed', DATE '2017-04-07', DATE '2017-11-29');
INSERT INTO Apartment_Bookings VALUES (924, 8, 3, 'Confirmed', DATE '2017-07-03', DATE '2017-11-12');
CREATE TABLE View_Unit_Status (
    apt_id INTEGER,
    apt_booking_id INTEGER,
    status_date DATE,
    available_yn BOOLEAN
);
INSERT INTO View_Unit_Status VALUES (11, 920, DATE '1970-09-28', TRUE);
INSERT INTO View_Unit_Status VALUES (15, 575, DATE '1972-03-23', TRUE);
INSERT INTO View_Unit_Status VALUES (15, 924, DATE '1973-10-28', TRUE);
INSERT INTO View_Unit_Status VALUES (6, 497, DATE '1976-12-18', TRUE);
INSERT INTO View_Unit_Status VALUES (12, 807, DATE '1977-04-15', TRUE);
INSERT INTO View_Unit_Status VALUES (13, 575, DATE '1978-12-28', TRUE);
INSERT INTO View_Unit_Status VALUES (2, 497, DATE '1980-11-12', TRUE);
INSERT INTO View_Unit_Status VALUES (14, 401, DATE '1985-11-05', FALSE);
INSERT INTO View_Unit_Status VALUES (11, 497, DATE '1990-11-04', TRUE);
INSERT INTO View_Unit_Status VALUES (13, 337, DATE '2000-02-04', FALSE);
INSERT INTO View_Unit_Status VALUES (14, 279, DATE '2001-02-17', TRUE);
INSERT INTO View_Unit_Status VALUES (5, 337, DATE '2003-07-25', TRUE);
INSERT INTO View_Unit_Status VALUES (1, 497, DATE '2003-08-02', TRUE);
INSERT INTO View_Unit_Status VALUES (10, 497, DATE '2006-02-23', TRUE);
INSERT INTO View_Unit_Status VALUES (6, 401, DATE '2011-02-12', TRUE);
INSERT INTO View_Unit_Status VALUES (9, 623, DATE '2011-11-06', TRUE);
INSERT INTO View_Unit_Status VALUES (14, 920, DATE '2012-11-24', FALSE);
INSERT INTO View_Unit_Status VALUES (4, 258, DATE '2014-12-10', TRUE);
INSERT INTO View_Unit_Status VALUES (13, 343, DATE '2015-06-19', TRUE);
INSERT INTO View_Unit_Status VALUES (5, 889, DATE '2015-07-15', TRUE);

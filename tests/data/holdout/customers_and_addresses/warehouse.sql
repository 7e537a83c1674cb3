-- Spider (Yu et al., 2018), train split, database customers_and_addresses: CC BY-SA 4.0.
-- Rows as in Spider's customers_and_addresses.sqlite (via LeLuven/MachineSpider, names restored);
-- table and column names as in Spider's tables.json.
-- Ids are INTEGERs, order quantities INTEGERs (the source stores them as text such as '9'), every
-- date a TIMESTAMP (the source stores text such as '2018-03-21 11:20:46'; the time of day is kept
-- because orders of one day are told apart by it); post codes stay text ('255'); empty details
-- stay NULL. Customer_Addresses.date_address_to is before date_address_from in 11 of 15 rows in
-- the source (generated data); kept as stored.
-- All 15 addresses, 3 products, 15 customers, 15 customer addresses, 20 contact channels,
-- 15 orders, 15 order items.
CREATE TABLE Addresses (
    address_id INTEGER PRIMARY KEY,
    address_content VARCHAR,
    city VARCHAR,
    zip_postcode VARCHAR,
    state_province_county VARCHAR,
    country VARCHAR,
    other_address_details VARCHAR
);
CREATE TABLE Products (
    product_id INTEGER PRIMARY KEY,
    product_details VARCHAR
);
CREATE TABLE Customers (
    customer_id INTEGER PRIMARY KEY,
    payment_method VARCHAR NOT NULL,
    customer_name VARCHAR,
    date_became_customer TIMESTAMP,
    other_customer_details VARCHAR
);
CREATE TABLE Customer_Addresses (
    customer_id INTEGER NOT NULL REFERENCES Customers (customer_id),
    address_id INTEGER NOT NULL REFERENCES Addresses (address_id),
    date_address_from TIMESTAMP NOT NULL,
    address_type VARCHAR NOT NULL,
    date_address_to TIMESTAMP
);
CREATE TABLE Customer_Contact_Channels (
    customer_id INTEGER NOT NULL REFERENCES Customers (customer_id),
    channel_code VARCHAR NOT NULL,
    active_from_date TIMESTAMP NOT NULL,
    active_to_date TIMESTAMP,
    contact_number VARCHAR NOT NULL
);
CREATE TABLE Customer_Orders (
    order_id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES Customers (customer_id),
    order_status VARCHAR NOT NULL,
    order_date TIMESTAMP,
    order_details VARCHAR
);
CREATE TABLE Order_Items (
    order_id INTEGER NOT NULL REFERENCES Customer_Orders (order_id),
    product_id INTEGER NOT NULL REFERENCES Products (product_id),
    order_quantity INTEGER
);
INSERT INTO Addresses VALUES (1, '9443 Boyle Route Suite 857', 'Lucasville', '416', 'Colorado', 'USA', NULL);
INSERT INTO Addresses VALUES (2, '1969 Jabari Port Suite 393', 'New Sabryna', '721', 'SouthCarolina', 'USA', NULL);
INSERT INTO Addresses VALUES (3, '295 Hackett Curve', 'Reingertown', '255', 'NewJersey', 'USA', NULL);
INSERT INTO Addresses VALUES (4, '92865 Margaretta Streets Suite 467', 'Gleasonmouth', '940', 'Arizona', 'USA', NULL);
INSERT INTO Addresses VALUES (5, '08996 Brisa Lane Apt. 583', 'Stantonville', '354', 'Mississippi', 'USA', NULL);
INSERT INTO Addresses VALUES (6, '826 Murray Locks Apt. 654', 'South Meghanview', '918', 'Colorado', 'USA', NULL);
INSERT INTO Addresses VALUES (7, '59540 Grover Wells Apt. 814', 'Lake Walterton', '767', 'Virginia', 'USA', NULL);
INSERT INTO Addresses VALUES (8, '78614 Maybell Alley Suite 057', 'South Bellaland', '921', 'Florida', 'USA', NULL);
INSERT INTO Addresses VALUES (9, '9168 King Rest', 'Felicityfort', '482', 'Texas', 'USA', NULL);
INSERT INTO Addresses VALUES (10, '120 Noble Radial', 'East Julianaside', '821', 'Texas', 'USA', NULL);
INSERT INTO Addresses VALUES (11, '618 Odie Villages Suite 133', 'Lake Geovannyton', '623', 'NewMexico', 'USA', NULL);
INSERT INTO Addresses VALUES (12, '16438 Herman Pine', 'New Terrillport', '684', 'Arkansas', 'USA', NULL);
INSERT INTO Addresses VALUES (13, '47831 Martin Islands', 'Port Lilyan', '235', 'RhodeIsland', 'USA', NULL);
INSERT INTO Addresses VALUES (14, '995 Weimann Gateway', 'Lake Ryann', '470', 'Kentucky', 'USA', NULL);
INSERT INTO Addresses VALUES (15, '41632 Kerluke Field', 'East Pascale', '720', 'Texas', 'USA', NULL);
INSERT INTO Products VALUES (1, 'Americano');
INSERT INTO Products VALUES (2, 'Dove Chocolate');
INSERT INTO Products VALUES (3, 'Latte');
INSERT INTO Customers VALUES (1, 'Cash', 'Dr. Julia Wuckert MD', TIMESTAMP '2018-03-01 23:20:10', NULL);
INSERT INTO Customers VALUES (2, 'Cheque', 'Tillman Ernser', TIMESTAMP '2018-02-28 11:37:44', NULL);
INSERT INTO Customers VALUES (3, 'Credit Card', 'Rodrick Heaney', TIMESTAMP '2018-03-09 17:41:58', NULL);
INSERT INTO Customers VALUES (4, 'Credit Card', 'Prof. Alexzander Hamill', TIMESTAMP '2018-02-24 00:20:18', 'VIP');
INSERT INTO Customers VALUES (5, 'Cheque', 'Prof. Reyes Berge II', TIMESTAMP '2018-03-07 18:05:11', NULL);
INSERT INTO Customers VALUES (6, 'Cash', 'Maudie Kertzmann', TIMESTAMP '2018-02-26 11:57:47', NULL);
INSERT INTO Customers VALUES (7, 'Credit Card', 'Mozell Morissette', TIMESTAMP '2018-02-25 13:15:04', 'VIP');
INSERT INTO Customers VALUES (8, 'Credit Card', 'Eunice Morar', TIMESTAMP '2018-03-21 01:01:04', NULL);
INSERT INTO Customers VALUES (9, 'Cheque', 'Devin Mills', TIMESTAMP '2018-03-05 16:52:51', NULL);
INSERT INTO Customers VALUES (10, 'Cash', 'Kitty Padberg III', TIMESTAMP '2018-03-22 18:09:09', NULL);
INSERT INTO Customers VALUES (11, 'Cheque', 'Salvatore Tillman', TIMESTAMP '2018-03-04 00:17:48', NULL);
INSERT INTO Customers VALUES (12, 'Cheque', 'Clifford Pagac', TIMESTAMP '2018-02-24 10:24:23', NULL);
INSERT INTO Customers VALUES (13, 'Credit Card', 'Miss Aliyah Witting', TIMESTAMP '2018-03-05 07:19:45', NULL);
INSERT INTO Customers VALUES (14, 'Cheque', 'Alexane Kilback', TIMESTAMP '2018-03-08 01:17:31', NULL);
INSERT INTO Customers VALUES (15, 'Cash', 'Prof. Ibrahim Bashirian', TIMESTAMP '2018-03-15 02:54:27', NULL);
INSERT INTO Customer_Addresses VALUES (2, 11, TIMESTAMP '1985-03-29 20:31:43', 'Billing', TIMESTAMP '1993-02-17 17:55:18');
INSERT INTO Customer_Addresses VALUES (13, 11, TIMESTAMP '2010-08-25 04:24:35', 'Billing', TIMESTAMP '1972-02-17 22:23:38');
INSERT INTO Customer_Addresses VALUES (2, 14, TIMESTAMP '2010-12-26 08:52:50', 'Residential', TIMESTAMP '1979-07-16 18:22:39');
INSERT INTO Customer_Addresses VALUES (15, 15, TIMESTAMP '1995-12-16 07:21:04', 'Billing', TIMESTAMP '1990-06-29 13:39:18');
INSERT INTO Customer_Addresses VALUES (6, 7, TIMESTAMP '1972-12-08 17:12:08', 'Residential', TIMESTAMP '2010-11-10 11:35:28');
INSERT INTO Customer_Addresses VALUES (10, 12, TIMESTAMP '1979-01-26 17:55:38', 'Residential', TIMESTAMP '1977-07-07 08:38:29');
INSERT INTO Customer_Addresses VALUES (1, 14, TIMESTAMP '1990-11-25 12:40:25', 'Residential', TIMESTAMP '1974-03-28 18:09:39');
INSERT INTO Customer_Addresses VALUES (10, 3, TIMESTAMP '1986-09-12 22:07:06', 'Residential', TIMESTAMP '2003-11-08 12:14:09');
INSERT INTO Customer_Addresses VALUES (14, 15, TIMESTAMP '2003-07-08 05:33:19', 'Residential', TIMESTAMP '2010-05-08 10:00:17');
INSERT INTO Customer_Addresses VALUES (13, 6, TIMESTAMP '2010-02-25 11:15:16', 'Residential', TIMESTAMP '1977-05-17 23:47:09');
INSERT INTO Customer_Addresses VALUES (12, 7, TIMESTAMP '2013-01-29 23:14:00', 'Residential', TIMESTAMP '2008-04-30 00:20:58');
INSERT INTO Customer_Addresses VALUES (4, 5, TIMESTAMP '2005-06-22 09:38:54', 'Billing', TIMESTAMP '1970-02-22 03:46:01');
INSERT INTO Customer_Addresses VALUES (8, 6, TIMESTAMP '2016-11-24 11:00:17', 'Billing', TIMESTAMP '1970-09-18 09:07:32');
INSERT INTO Customer_Addresses VALUES (5, 5, TIMESTAMP '1980-04-11 23:46:50', 'Billing', TIMESTAMP '1977-12-07 13:55:11');
INSERT INTO Customer_Addresses VALUES (11, 11, TIMESTAMP '1979-01-11 13:53:30', 'Residential', TIMESTAMP '1971-11-17 18:29:57');
INSERT INTO Customer_Contact_Channels VALUES (9, 'Email', TIMESTAMP '2017-12-07 18:18:15', TIMESTAMP '2018-03-23 13:37:14', '940.035.6435x0225');
INSERT INTO Customer_Contact_Channels VALUES (2, 'Email', TIMESTAMP '2017-04-07 04:51:41', TIMESTAMP '2018-03-23 01:30:52', '189.449.8326x7607');
INSERT INTO Customer_Contact_Channels VALUES (9, 'Email', TIMESTAMP '2017-05-25 16:08:45', TIMESTAMP '2018-03-13 07:32:25', '958-653-2640');
INSERT INTO Customer_Contact_Channels VALUES (2, 'Email', TIMESTAMP '2018-01-05 21:42:56', TIMESTAMP '2018-03-15 14:58:13', '1-968-863-4947x96956');
INSERT INTO Customer_Contact_Channels VALUES (4, 'Cell', TIMESTAMP '2017-08-07 08:07:10', TIMESTAMP '2018-03-02 17:44:49', '(165)527-5756x2419');
INSERT INTO Customer_Contact_Channels VALUES (2, 'Cell', TIMESTAMP '2017-09-21 12:41:56', TIMESTAMP '2018-03-08 19:28:16', '1-077-864-0102');
INSERT INTO Customer_Contact_Channels VALUES (3, 'Handheld', TIMESTAMP '2017-05-11 12:32:16', TIMESTAMP '2018-03-20 14:35:34', '06068550461');
INSERT INTO Customer_Contact_Channels VALUES (14, 'Handheld', TIMESTAMP '2017-05-23 15:20:20', TIMESTAMP '2018-03-15 02:34:01', '542.983.0224');
INSERT INTO Customer_Contact_Channels VALUES (13, 'Handheld', TIMESTAMP '2017-08-26 15:16:44', TIMESTAMP '2018-03-16 14:00:15', '(379)834-0867x267');
INSERT INTO Customer_Contact_Channels VALUES (6, 'Handheld', TIMESTAMP '2017-07-01 17:59:48', TIMESTAMP '2018-02-25 22:20:55', '(620)266-6990x8590');
INSERT INTO Customer_Contact_Channels VALUES (10, 'Fax', TIMESTAMP '2017-06-21 06:41:19', TIMESTAMP '2018-03-15 06:00:34', '(068)656-5276x84466');
INSERT INTO Customer_Contact_Channels VALUES (13, 'Fax', TIMESTAMP '2017-10-29 04:16:39', TIMESTAMP '2018-03-08 17:19:29', '496-074-8589x5477');
INSERT INTO Customer_Contact_Channels VALUES (15, 'Handheld', TIMESTAMP '2017-09-08 14:00:01', TIMESTAMP '2018-03-04 13:35:57', '1-687-190-8968x63811');
INSERT INTO Customer_Contact_Channels VALUES (2, 'Handheld', TIMESTAMP '2018-03-01 10:17:18', TIMESTAMP '2018-03-20 14:01:12', '118.523.6764x57405');
INSERT INTO Customer_Contact_Channels VALUES (5, 'Handheld', TIMESTAMP '2017-11-14 16:16:02', TIMESTAMP '2018-03-02 03:22:26', '445.924.9417');
INSERT INTO Customer_Contact_Channels VALUES (9, 'Mobile', TIMESTAMP '2017-05-25 20:36:21', TIMESTAMP '2018-02-24 00:57:39', '(155)830-6182');
INSERT INTO Customer_Contact_Channels VALUES (3, 'Handheld', TIMESTAMP '2017-09-11 05:05:47', TIMESTAMP '2018-03-14 14:56:28', '1-453-027-1291');
INSERT INTO Customer_Contact_Channels VALUES (9, 'Handheld', TIMESTAMP '2018-01-02 18:37:48', TIMESTAMP '2018-03-10 05:10:35', '026.019.5981x72518');
INSERT INTO Customer_Contact_Channels VALUES (10, 'Cell', TIMESTAMP '2017-12-06 15:25:33', TIMESTAMP '2018-03-19 06:34:34', '495-168-9662');
INSERT INTO Customer_Contact_Channels VALUES (14, 'Cell', TIMESTAMP '2017-10-17 11:46:37', TIMESTAMP '2018-03-08 20:07:20', '846.043.4809x0426');
INSERT INTO Customer_Orders VALUES (1, 15, 'Cancelled', TIMESTAMP '2018-03-21 11:20:46', NULL);
INSERT INTO Customer_Orders VALUES (2, 3, 'Cancelled', TIMESTAMP '2018-03-05 06:35:33', NULL);
INSERT INTO Customer_Orders VALUES (3, 5, 'Delivered', TIMESTAMP '2018-03-04 07:16:22', 'Second time');
INSERT INTO Customer_Orders VALUES (4, 12, 'Cancelled', TIMESTAMP '2018-02-28 15:46:06', NULL);
INSERT INTO Customer_Orders VALUES (5, 12, 'Delivered', TIMESTAMP '2018-03-08 15:30:24', NULL);
INSERT INTO Customer_Orders VALUES (6, 5, 'Cancelled', TIMESTAMP '2018-03-10 06:12:51', NULL);
INSERT INTO Customer_Orders VALUES (7, 10, 'Cancelled', TIMESTAMP '2018-03-23 04:39:50', 'Second time');
INSERT INTO Customer_Orders VALUES (8, 3, 'Cancelled', TIMESTAMP '2018-03-17 02:51:37', NULL);
INSERT INTO Customer_Orders VALUES (9, 8, 'Cancelled', TIMESTAMP '2018-03-23 06:25:41', NULL);
INSERT INTO Customer_Orders VALUES (10, 12, 'Cancelled', TIMESTAMP '2018-03-17 07:13:53', NULL);
INSERT INTO Customer_Orders VALUES (11, 8, 'Cancelled', TIMESTAMP '2018-03-19 18:05:50', 'Second time');
INSERT INTO Customer_Orders VALUES (12, 10, 'Delivered', TIMESTAMP '2018-03-16 03:16:57', 'Second time');
INSERT INTO Customer_Orders VALUES (13, 4, 'Delivered', TIMESTAMP '2018-03-22 14:57:30', NULL);
INSERT INTO Customer_Orders VALUES (14, 11, 'Cancelled', TIMESTAMP '2018-02-24 13:18:49', 'Second time');
INSERT INTO Customer_Orders VALUES (15, 10, 'Delivered', TIMESTAMP '2018-03-06 12:31:35', NULL);
INSERT INTO Order_Items VALUES (14, 2, 5);
INSERT INTO Order_Items VALUES (5, 2, 9);
INSERT INTO Order_Items VALUES (14, 3, 2);
INSERT INTO Order_Items VALUES (2, 2, 9);
INSERT INTO Order_Items VALUES (13, 1, 9);
INSERT INTO Order_Items VALUES (10, 1, 5);
INSERT INTO Order_Items VALUES (10, 3, 6);
INSERT INTO Order_Items VALUES (7, 2, 9);
INSERT INTO Order_Items VALUES (14, 3, 8);
INSERT INTO Order_Items VALUES (10, 2, 5);
INSERT INTO Order_Items VALUES (10, 2, 9);
INSERT INTO Order_Items VALUES (11, 2, 1);
INSERT INTO Order_Items VALUES (10, 3, 6);
INSERT INTO Order_Items VALUES (8, 1, 7);
INSERT INTO Order_Items VALUES (8, 2, 5);

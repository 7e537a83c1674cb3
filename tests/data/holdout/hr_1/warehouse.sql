-- Spider (Yu et al., 2018), train split, database hr_1: CC BY-SA 4.0.
-- Rows as in Spider's hr_1.sqlite; table and column names as in Spider's tables.json.
-- HIRE_DATE, START_DATE and END_DATE are DATEs; SALARY a DECIMAL(8,2), COMMISSION_PCT a
-- DECIMAL(4,2) (0 where the employee earns no commission, as stored); ids are INTEGERs but for
-- JOB_ID and COUNTRY_ID (codes such as SA_REP, UK), which stay text, as do postal codes and
-- phone numbers. Two changes to the rows as stored: the four REGION_NAMEs lose a trailing
-- literal backslash-r (left by an export), and job_history's placeholder row of zeros
-- (employee 0, dates 0000-00-00) keeps NULL dates. MANAGER_ID 0 and DEPARTMENT_ID 0 mean
-- none, as stored. Two location rows (2500, 3200) are shifted by a comma in the source
-- export and are kept as stored. All 4 regions, 25 countries, 23 locations, 27 departments,
-- 19 jobs, 107 employees and 11 job_history rows.
CREATE TABLE regions (
    REGION_ID INTEGER,
    REGION_NAME VARCHAR
);
INSERT INTO regions VALUES (1, 'Europe');
INSERT INTO regions VALUES (2, 'Americas');
INSERT INTO regions VALUES (3, 'Asia');
INSERT INTO regions VALUES (4, 'Middle East and Africa');
CREATE TABLE countries (
    COUNTRY_ID VARCHAR,
    COUNTRY_NAME VARCHAR,
    REGION_ID INTEGER
);
INSERT INTO countries VALUES ('AR', 'Argentina', 2);
INSERT INTO countries VALUES ('AU', 'Australia', 3);
INSERT INTO countries VALUES ('BE', 'Belgium', 1);
INSERT INTO countries VALUES ('BR', 'Brazil', 2);
INSERT INTO countries VALUES ('CA', 'Canada', 2);
INSERT INTO countries VALUES ('CH', 'Switzerland', 1);
INSERT INTO countries VALUES ('CN', 'China', 3);
INSERT INTO countries VALUES ('DE', 'Germany', 1);
INSERT INTO countries VALUES ('DK', 'Denmark', 1);
INSERT INTO countries VALUES ('EG', 'Egypt', 4);
INSERT INTO countries VALUES ('FR', 'France', 1);
INSERT INTO countries VALUES ('HK', 'HongKong', 3);
INSERT INTO countries VALUES ('IL', 'Israel', 4);
INSERT INTO countries VALUES ('IN', 'India', 3);
INSERT INTO countries VALUES ('IT', 'Italy', 1);
INSERT INTO countries VALUES ('JP', 'Japan', 3);
INSERT INTO countries VALUES ('KW', 'Kuwait', 4);
INSERT INTO countries VALUES ('MX', 'Mexico', 2);
INSERT INTO countries VALUES ('NG', 'Nigeria', 4);
INSERT INTO countries VALUES ('NL', 'Netherlands', 1);
INSERT INTO countries VALUES ('SG', 'Singapore', 3);
INSERT INTO countries VALUES ('UK', 'United Kingdom', 1);
INSERT INTO countries VALUES ('US', 'United States of America', 2);
INSERT INTO countries VALUES ('ZM', 'Zambia', 4);
INSERT INTO countries VALUES ('ZW', 'Zimbabwe', 4);
CREATE TABLE departments (
    DEPARTMENT_ID INTEGER,
    DEPARTMENT_NAME VARCHAR,
    MANAGER_ID INTEGER,
    LOCATION_ID INTEGER
);
INSERT INTO departments VALUES (10, 'Administration', 200, 1700);
INSERT INTO departments VALUES (20, 'Marketing', 201, 1800);
INSERT INTO departments VALUES (30, 'Purchasing', 114, 1700);
INSERT INTO departments VALUES (40, 'Human Resources', 203, 2400);
INSERT INTO departments VALUES (50, 'Shipping', 121, 1500);
INSERT INTO departments VALUES (60, 'IT', 103, 1400);
INSERT INTO departments VALUES (70, 'Public Relations', 204, 2700);
INSERT INTO departments VALUES (80, 'Sales', 145, 2500);
INSERT INTO departments VALUES (90, 'Executive', 100, 1700);
INSERT INTO departments VALUES (100, 'Finance', 108, 1700);
INSERT INTO departments VALUES (110, 'Accounting', 205, 1700);
INSERT INTO departments VALUES (120, 'Treasury', 0, 1700);
INSERT INTO departments VALUES (130, 'Corporate Tax', 0, 1700);
INSERT INTO departments VALUES (140, 'Control And Credit', 0, 1700);
INSERT INTO departments VALUES (150, 'Shareholder Services', 0, 1700);
INSERT INTO departments VALUES (160, 'Benefits', 0, 1700);
INSERT INTO departments VALUES (170, 'Manufacturing', 0, 1700);
INSERT INTO departments VALUES (180, 'Construction', 0, 1700);
INSERT INTO departments VALUES (190, 'Contracting', 0, 1700);
INSERT INTO departments VALUES (200, 'Operations', 0, 1700);
INSERT INTO departments VALUES (210, 'IT Support', 0, 1700);
INSERT INTO departments VALUES (220, 'NOC', 0, 1700);
INSERT INTO departments VALUES (230, 'IT Helpdesk', 0, 1700);
INSERT INTO departments VALUES (240, 'Government Sales', 0, 1700);
INSERT INTO departments VALUES (250, 'Retail Sales', 0, 1700);
INSERT INTO departments VALUES (260, 'Recruiting', 0, 1700);
INSERT INTO departments VALUES (270, 'Payroll', 0, 1700);
CREATE TABLE jobs (
    JOB_ID VARCHAR,
    JOB_TITLE VARCHAR,
    MIN_SALARY INTEGER,
    MAX_SALARY INTEGER
);
INSERT INTO jobs VALUES ('AD_PRES', 'President', 20000, 40000);
INSERT INTO jobs VALUES ('AD_VP', 'Administration Vice President', 15000, 30000);
INSERT INTO jobs VALUES ('AD_ASST', 'Administration Assistant', 3000, 6000);
INSERT INTO jobs VALUES ('FI_MGR', 'Finance Manager', 8200, 16000);
INSERT INTO jobs VALUES ('FI_ACCOUNT', 'Accountant', 4200, 9000);
INSERT INTO jobs VALUES ('AC_MGR', 'Accounting Manager', 8200, 16000);
INSERT INTO jobs VALUES ('AC_ACCOUNT', 'Public Accountant', 4200, 9000);
INSERT INTO jobs VALUES ('SA_MAN', 'Sales Manager', 10000, 20000);
INSERT INTO jobs VALUES ('SA_REP', 'Sales Representative', 6000, 12000);
INSERT INTO jobs VALUES ('PU_MAN', 'Purchasing Manager', 8000, 15000);
INSERT INTO jobs VALUES ('PU_CLERK', 'Purchasing Clerk', 2500, 5500);
INSERT INTO jobs VALUES ('ST_MAN', 'Stock Manager', 5500, 8500);
INSERT INTO jobs VALUES ('ST_CLERK', 'Stock Clerk', 2000, 5000);
INSERT INTO jobs VALUES ('SH_CLERK', 'Shipping Clerk', 2500, 5500);
INSERT INTO jobs VALUES ('IT_PROG', 'Programmer', 4000, 10000);
INSERT INTO jobs VALUES ('MK_MAN', 'Marketing Manager', 9000, 15000);
INSERT INTO jobs VALUES ('MK_REP', 'Marketing Representative', 4000, 9000);
INSERT INTO jobs VALUES ('HR_REP', 'Human Resources Representative', 4000, 9000);
INSERT INTO jobs VALUES ('PR_REP', 'Public Relations Representative', 4500, 10500);
CREATE TABLE employees (
    EMPLOYEE_ID INTEGER,
    FIRST_NAME VARCHAR,
    LAST_NAME VARCHAR,
    EMAIL VARCHAR,
    PHONE_NUMBER VARCHAR,
    HIRE_DATE DATE,
    JOB_ID VARCHAR,
    SALARY DECIMAL(8,2),
    COMMISSION_PCT DECIMAL(4,2),
    MANAGER_ID INTEGER,
    DEPARTMENT_ID INTEGER
);
INSERT INTO employees VALUES (100, 'Steven', 'King', 'SKING', '515.123.4567', DATE '1987-06-17', 'AD_PRES', 24000, 0, 0, 90);
INSERT INTO employees VALUES (101, 'Neena', 'Kochhar', 'NKOCHHAR', '515.123.4568', DATE '1987-06-18', 'AD_VP', 17000, 0, 100, 90);
INSERT INTO employees VALUES (102, 'Lex', 'De Haan', 'LDEHAAN', '515.123.4569', DATE '1987-06-19', 'AD_VP', 17000, 0, 100, 90);
INSERT INTO employees VALUES (103, 'Alexander', 'Hunold', 'AHUNOLD', '590.423.4567', DATE '1987-06-20', 'IT_PROG', 9000, 0, 102, 60);
INSERT INTO employees VALUES (104, 'Bruce', 'Ernst', 'BERNST', '590.423.4568', DATE '1987-06-21', 'IT_PROG', 6000, 0, 103, 60);
INSERT INTO employees VALUES (105, 'David', 'Austin', 'DAUSTIN', '590.423.4569', DATE '1987-06-22', 'IT_PROG', 4800, 0, 103, 60);
INSERT INTO employees VALUES (106, 'Valli', 'Pataballa', 'VPATABAL', '590.423.4560', DATE '1987-06-23', 'IT_PROG', 4800, 0, 103, 60);
INSERT INTO employees VALUES (107, 'Diana', 'Lorentz', 'DLORENTZ', '590.423.5567', DATE '1987-06-24', 'IT_PROG', 4200, 0, 103, 60);
INSERT INTO employees VALUES (108, 'Nancy', 'Greenberg', 'NGREENBE', '515.124.4569', DATE '1987-06-25', 'FI_MGR', 12000, 0, 101, 100);
INSERT INTO employees VALUES (109, 'Daniel', 'Faviet', 'DFAVIET', '515.124.4169', DATE '1987-06-26', 'FI_ACCOUNT', 9000, 0, 108, 100);
INSERT INTO employees VALUES (110, 'John', 'Chen', 'JCHEN', '515.124.4269', DATE '1987-06-27', 'FI_ACCOUNT', 8200, 0, 108, 100);
INSERT INTO employees VALUES (111, 'Ismael', 'Sciarra', 'ISCIARRA', '515.124.4369', DATE '1987-06-28', 'FI_ACCOUNT', 7700, 0, 108, 100);
INSERT INTO employees VALUES (112, 'Jose Manuel', 'Urman', 'JMURMAN', '515.124.4469', DATE '1987-06-29', 'FI_ACCOUNT', 7800, 0, 108, 100);
INSERT INTO employees VALUES (113, 'Luis', 'Popp', 'LPOPP', '515.124.4567', DATE '1987-06-30', 'FI_ACCOUNT', 6900, 0, 108, 100);
INSERT INTO employees VALUES (114, 'Den', 'Raphaely', 'DRAPHEAL', '515.127.4561', DATE '1987-07-01', 'PU_MAN', 11000, 0, 100, 30);
INSERT INTO employees VALUES (115, 'Alexander', 'Khoo', 'AKHOO', '515.127.4562', DATE '1987-07-02', 'PU_CLERK', 3100, 0, 114, 30);
INSERT INTO employees VALUES (116, 'Shelli', 'Baida', 'SBAIDA', '515.127.4563', DATE '1987-07-03', 'PU_CLERK', 2900, 0, 114, 30);
INSERT INTO employees VALUES (117, 'Sigal', 'Tobias', 'STOBIAS', '515.127.4564', DATE '1987-07-04', 'PU_CLERK', 2800, 0, 114, 30);
INSERT INTO employees VALUES (118, 'Guy', 'Himuro', 'GHIMURO', '515.127.4565', DATE '1987-07-05', 'PU_CLERK', 2600, 0, 114, 30);
INSERT INTO employees VALUES (119, 'Karen', 'Colmenares', 'KCOLMENA', '515.127.4566', DATE '1987-07-06', 'PU_CLERK', 2500, 0, 114, 30);
INSERT INTO employees VALUES (120, 'Matthew', 'Weiss', 'MWEISS', '650.123.1234', DATE '1987-07-07', 'ST_MAN', 8000, 0, 100, 50);
INSERT INTO employees VALUES (121, 'Adam', 'Fripp', 'AFRIPP', '650.123.2234', DATE '1987-07-08', 'ST_MAN', 8200, 0, 100, 50);
INSERT INTO employees VALUES (122, 'Payam', 'Kaufling', 'PKAUFLIN', '650.123.3234', DATE '1987-07-09', 'ST_MAN', 7900, 0, 100, 50);
INSERT INTO employees VALUES (123, 'Shanta', 'Vollman', 'SVOLLMAN', '650.123.4234', DATE '1987-07-10', 'ST_MAN', 6500, 0, 100, 50);
INSERT INTO employees VALUES (124, 'Kevin', 'Mourgos', 'KMOURGOS', '650.123.5234', DATE '1987-07-11', 'ST_MAN', 5800, 0, 100, 50);
INSERT INTO employees VALUES (125, 'Julia', 'Nayer', 'JNAYER', '650.124.1214', DATE '1987-07-12', 'ST_CLERK', 3200, 0, 120, 50);
INSERT INTO employees VALUES (126, 'Irene', 'Mikkilineni', 'IMIKKILI', '650.124.1224', DATE '1987-07-13', 'ST_CLERK', 2700, 0, 120, 50);
INSERT INTO employees VALUES (127, 'James', 'Landry', 'JLANDRY', '650.124.1334', DATE '1987-07-14', 'ST_CLERK', 2400, 0, 120, 50);
INSERT INTO employees VALUES (128, 'Steven', 'Markle', 'SMARKLE', '650.124.1434', DATE '1987-07-15', 'ST_CLERK', 2200, 0, 120, 50);
INSERT INTO employees VALUES (129, 'Laura', 'Bissot', 'LBISSOT', '650.124.5234', DATE '1987-07-16', 'ST_CLERK', 3300, 0, 121, 50);
INSERT INTO employees VALUES (130, 'Mozhe', 'Atkinson', 'MATKINSO', '650.124.6234', DATE '1987-07-17', 'ST_CLERK', 2800, 0, 121, 50);
INSERT INTO employees VALUES (131, 'James', 'Marlow', 'JAMRLOW', '650.124.7234', DATE '1987-07-18', 'ST_CLERK', 2500, 0, 121, 50);
INSERT INTO employees VALUES (132, 'TJ', 'Olson', 'TJOLSON', '650.124.8234', DATE '1987-07-19', 'ST_CLERK', 2100, 0, 121, 50);
INSERT INTO employees VALUES (133, 'Jason', 'Mallin', 'JMALLIN', '650.127.1934', DATE '1987-07-20', 'ST_CLERK', 3300, 0, 122, 50);
INSERT INTO employees VALUES (134, 'Michael', 'Rogers', 'MROGERS', '650.127.1834', DATE '1987-07-21', 'ST_CLERK', 2900, 0, 122, 50);
INSERT INTO employees VALUES (135, 'Ki', 'Gee', 'KGEE', '650.127.1734', DATE '1987-07-22', 'ST_CLERK', 2400, 0, 122, 50);
INSERT INTO employees VALUES (136, 'Hazel', 'Philtanker', 'HPHILTAN', '650.127.1634', DATE '1987-07-23', 'ST_CLERK', 2200, 0, 122, 50);
INSERT INTO employees VALUES (137, 'Renske', 'Ladwig', 'RLADWIG', '650.121.1234', DATE '1987-07-24', 'ST_CLERK', 3600, 0, 123, 50);
INSERT INTO employees VALUES (138, 'Stephen', 'Stiles', 'SSTILES', '650.121.2034', DATE '1987-07-25', 'ST_CLERK', 3200, 0, 123, 50);
INSERT INTO employees VALUES (139, 'John', 'Seo', 'JSEO', '650.121.2019', DATE '1987-07-26', 'ST_CLERK', 2700, 0, 123, 50);
INSERT INTO employees VALUES (140, 'Joshua', 'Patel', 'JPATEL', '650.121.1834', DATE '1987-07-27', 'ST_CLERK', 2500, 0, 123, 50);
INSERT INTO employees VALUES (141, 'Trenna', 'Rajs', 'TRAJS', '650.121.8009', DATE '1987-07-28', 'ST_CLERK', 3500, 0, 124, 50);
INSERT INTO employees VALUES (142, 'Curtis', 'Davies', 'CDAVIES', '650.121.2994', DATE '1987-07-29', 'ST_CLERK', 3100, 0, 124, 50);
INSERT INTO employees VALUES (143, 'Randall', 'Matos', 'RMATOS', '650.121.2874', DATE '1987-07-30', 'ST_CLERK', 2600, 0, 124, 50);
INSERT INTO employees VALUES (144, 'Peter', 'Vargas', 'PVARGAS', '650.121.2004', DATE '1987-07-31', 'ST_CLERK', 2500, 0, 124, 50);
INSERT INTO employees VALUES (145, 'John', 'Russell', 'JRUSSEL', '011.44.1344.429268', DATE '1987-08-01', 'SA_MAN', 14000, 0.4, 100, 80);
INSERT INTO employees VALUES (146, 'Karen', 'Partners', 'KPARTNER', '011.44.1344.467268', DATE '1987-08-02', 'SA_MAN', 13500, 0.3, 100, 80);
INSERT INTO employees VALUES (147, 'Alberto', 'Errazuriz', 'AERRAZUR', '011.44.1344.429278', DATE '1987-08-03', 'SA_MAN', 12000, 0.3, 100, 80);
INSERT INTO employees VALUES (148, 'Gerald', 'Cambrault', 'GCAMBRAU', '011.44.1344.619268', DATE '1987-08-04', 'SA_MAN', 11000, 0.3, 100, 80);
INSERT INTO employees VALUES (149, 'Eleni', 'Zlotkey', 'EZLOTKEY', '011.44.1344.429018', DATE '1987-08-05', 'SA_MAN', 10500, 0.2, 100, 80);
INSERT INTO employees VALUES (150, 'Peter', 'Tucker', 'PTUCKER', '011.44.1344.129268', DATE '1987-08-06', 'SA_REP', 10000, 0.3, 145, 80);
INSERT INTO employees VALUES (151, 'David', 'Bernstein', 'DBERNSTE', '011.44.1344.345268', DATE '1987-08-07', 'SA_REP', 9500, 0.25, 145, 80);
INSERT INTO employees VALUES (152, 'Peter', 'Hall', 'PHALL', '011.44.1344.478968', DATE '1987-08-08', 'SA_REP', 9000, 0.25, 145, 80);
INSERT INTO employees VALUES (153, 'Christopher', 'Olsen', 'COLSEN', '011.44.1344.498718', DATE '1987-08-09', 'SA_REP', 8000, 0.2, 145, 80);
INSERT INTO employees VALUES (154, 'Nanette', 'Cambrault', 'NCAMBRAU', '011.44.1344.987668', DATE '1987-08-10', 'SA_REP', 7500, 0.2, 145, 80);
INSERT INTO employees VALUES (155, 'Oliver', 'Tuvault', 'OTUVAULT', '011.44.1344.486508', DATE '1987-08-11', 'SA_REP', 7000, 0.15, 145, 80);
INSERT INTO employees VALUES (156, 'Janette', 'King', 'JKING', '011.44.1345.429268', DATE '1987-08-12', 'SA_REP', 10000, 0.35, 146, 80);
INSERT INTO employees VALUES (157, 'Patrick', 'Sully', 'PSULLY', '011.44.1345.929268', DATE '1987-08-13', 'SA_REP', 9500, 0.35, 146, 80);
INSERT INTO employees VALUES (158, 'Allan', 'McEwen', 'AMCEWEN', '011.44.1345.829268', DATE '1987-08-14', 'SA_REP', 9000, 0.35, 146, 80);
INSERT INTO employees VALUES (159, 'Lindsey', 'Smith', 'LSMITH', '011.44.1345.729268', DATE '1987-08-15', 'SA_REP', 8000, 0.3, 146, 80);
INSERT INTO employees VALUES (160, 'Louise', 'Doran', 'LDORAN', '011.44.1345.629268', DATE '1987-08-16', 'SA_REP', 7500, 0.3, 146, 80);
INSERT INTO employees VALUES (161, 'Sarath', 'Sewall', 'SSEWALL', '011.44.1345.529268', DATE '1987-08-17', 'SA_REP', 7000, 0.25, 146, 80);
INSERT INTO employees VALUES (162, 'Clara', 'Vishney', 'CVISHNEY', '011.44.1346.129268', DATE '1987-08-18', 'SA_REP', 10500, 0.25, 147, 80);
INSERT INTO employees VALUES (163, 'Danielle', 'Greene', 'DGREENE', '011.44.1346.229268', DATE '1987-08-19', 'SA_REP', 9500, 0.15, 147, 80);
INSERT INTO employees VALUES (164, 'Mattea', 'Marvins', 'MMARVINS', '011.44.1346.329268', DATE '1987-08-20', 'SA_REP', 7200, 0.1, 147, 80);
INSERT INTO employees VALUES (165, 'David', 'Lee', 'DLEE', '011.44.1346.529268', DATE '1987-08-21', 'SA_REP', 6800, 0.1, 147, 80);
INSERT INTO employees VALUES (166, 'Sundar', 'Ande', 'SANDE', '011.44.1346.629268', DATE '1987-08-22', 'SA_REP', 6400, 0.1, 147, 80);
INSERT INTO employees VALUES (167, 'Amit', 'Banda', 'ABANDA', '011.44.1346.729268', DATE '1987-08-23', 'SA_REP', 6200, 0.1, 147, 80);
INSERT INTO employees VALUES (168, 'Lisa', 'Ozer', 'LOZER', '011.44.1343.929268', DATE '1987-08-24', 'SA_REP', 11500, 0.25, 148, 80);
INSERT INTO employees VALUES (169, 'Harrison', 'Bloom', 'HBLOOM', '011.44.1343.829268', DATE '1987-08-25', 'SA_REP', 10000, 0.2, 148, 80);
INSERT INTO employees VALUES (170, 'Tayler', 'Fox', 'TFOX', '011.44.1343.729268', DATE '1987-08-26', 'SA_REP', 9600, 0.2, 148, 80);
INSERT INTO employees VALUES (171, 'William', 'Smith', 'WSMITH', '011.44.1343.629268', DATE '1987-08-27', 'SA_REP', 7400, 0.15, 148, 80);
INSERT INTO employees VALUES (172, 'Elizabeth', 'Bates', 'EBATES', '011.44.1343.529268', DATE '1987-08-28', 'SA_REP', 7300, 0.15, 148, 80);
INSERT INTO employees VALUES (173, 'Sundita', 'Kumar', 'SKUMAR', '011.44.1343.329268', DATE '1987-08-29', 'SA_REP', 6100, 0.1, 148, 80);
INSERT INTO employees VALUES (174, 'Ellen', 'Abel', 'EABEL', '011.44.1644.429267', DATE '1987-08-30', 'SA_REP', 11000, 0.3, 149, 80);
INSERT INTO employees VALUES (175, 'Alyssa', 'Hutton', 'AHUTTON', '011.44.1644.429266', DATE '1987-08-31', 'SA_REP', 8800, 0.25, 149, 80);
INSERT INTO employees VALUES (176, 'Jonathon', 'Taylor', 'JTAYLOR', '011.44.1644.429265', DATE '1987-09-01', 'SA_REP', 8600, 0.2, 149, 80);
INSERT INTO employees VALUES (177, 'Jack', 'Livingston', 'JLIVINGS', '011.44.1644.429264', DATE '1987-09-02', 'SA_REP', 8400, 0.2, 149, 80);
INSERT INTO employees VALUES (178, 'Kimberely', 'Grant', 'KGRANT', '011.44.1644.429263', DATE '1987-09-03', 'SA_REP', 7000, 0.15, 149, 0);
INSERT INTO employees VALUES (179, 'Charles', 'Johnson', 'CJOHNSON', '011.44.1644.429262', DATE '1987-09-04', 'SA_REP', 6200, 0.1, 149, 80);
INSERT INTO employees VALUES (180, 'Winston', 'Taylor', 'WTAYLOR', '650.507.9876', DATE '1987-09-05', 'SH_CLERK', 3200, 0, 120, 50);
INSERT INTO employees VALUES (181, 'Jean', 'Fleaur', 'JFLEAUR', '650.507.9877', DATE '1987-09-06', 'SH_CLERK', 3100, 0, 120, 50);
INSERT INTO employees VALUES (182, 'Martha', 'Sullivan', 'MSULLIVA', '650.507.9878', DATE '1987-09-07', 'SH_CLERK', 2500, 0, 120, 50);
INSERT INTO employees VALUES (183, 'Girard', 'Geoni', 'GGEONI', '650.507.9879', DATE '1987-09-08', 'SH_CLERK', 2800, 0, 120, 50);
INSERT INTO employees VALUES (184, 'Nandita', 'Sarchand', 'NSARCHAN', '650.509.1876', DATE '1987-09-09', 'SH_CLERK', 4200, 0, 121, 50);
INSERT INTO employees VALUES (185, 'Alexis', 'Bull', 'ABULL', '650.509.2876', DATE '1987-09-10', 'SH_CLERK', 4100, 0, 121, 50);
INSERT INTO employees VALUES (186, 'Julia', 'Dellinger', 'JDELLING', '650.509.3876', DATE '1987-09-11', 'SH_CLERK', 3400, 0, 121, 50);
INSERT INTO employees VALUES (187, 'Anthony', 'Cabrio', 'ACABRIO', '650.509.4876', DATE '1987-09-12', 'SH_CLERK', 3000, 0, 121, 50);
INSERT INTO employees VALUES (188, 'Kelly', 'Chung', 'KCHUNG', '650.505.1876', DATE '1987-09-13', 'SH_CLERK', 3800, 0, 122, 50);
INSERT INTO employees VALUES (189, 'Jennifer', 'Dilly', 'JDILLY', '650.505.2876', DATE '1987-09-14', 'SH_CLERK', 3600, 0, 122, 50);
INSERT INTO employees VALUES (190, 'Timothy', 'Gates', 'TGATES', '650.505.3876', DATE '1987-09-15', 'SH_CLERK', 2900, 0, 122, 50);
INSERT INTO employees VALUES (191, 'Randall', 'Perkins', 'RPERKINS', '650.505.4876', DATE '1987-09-16', 'SH_CLERK', 2500, 0, 122, 50);
INSERT INTO employees VALUES (192, 'Sarah', 'Bell', 'SBELL', '650.501.1876', DATE '1987-09-17', 'SH_CLERK', 4000, 0, 123, 50);
INSERT INTO employees VALUES (193, 'Britney', 'Everett', 'BEVERETT', '650.501.2876', DATE '1987-09-18', 'SH_CLERK', 3900, 0, 123, 50);
INSERT INTO employees VALUES (194, 'Samuel', 'McCain', 'SMCCAIN', '650.501.3876', DATE '1987-09-19', 'SH_CLERK', 3200, 0, 123, 50);
INSERT INTO employees VALUES (195, 'Vance', 'Jones', 'VJONES', '650.501.4876', DATE '1987-09-20', 'SH_CLERK', 2800, 0, 123, 50);
INSERT INTO employees VALUES (196, 'Alana', 'Walsh', 'AWALSH', '650.507.9811', DATE '1987-09-21', 'SH_CLERK', 3100, 0, 124, 50);
INSERT INTO employees VALUES (197, 'Kevin', 'Feeney', 'KFEENEY', '650.507.9822', DATE '1987-09-22', 'SH_CLERK', 3000, 0, 124, 50);
INSERT INTO employees VALUES (198, 'Donald', 'OConnell', 'DOCONNEL', '650.507.9833', DATE '1987-09-23', 'SH_CLERK', 2600, 0, 124, 50);
INSERT INTO employees VALUES (199, 'Douglas', 'Grant', 'DGRANT', '650.507.9844', DATE '1987-09-24', 'SH_CLERK', 2600, 0, 124, 50);
INSERT INTO employees VALUES (200, 'Jennifer', 'Whalen', 'JWHALEN', '515.123.4444', DATE '1987-09-25', 'AD_ASST', 4400, 0, 101, 10);
INSERT INTO employees VALUES (201, 'Michael', 'Hartstein', 'MHARTSTE', '515.123.5555', DATE '1987-09-26', 'MK_MAN', 13000, 0, 100, 20);
INSERT INTO employees VALUES (202, 'Pat', 'Fay', 'PFAY', '603.123.6666', DATE '1987-09-27', 'MK_REP', 6000, 0, 201, 20);
INSERT INTO employees VALUES (203, 'Susan', 'Mavris', 'SMAVRIS', '515.123.7777', DATE '1987-09-28', 'HR_REP', 6500, 0, 101, 40);
INSERT INTO employees VALUES (204, 'Hermann', 'Baer', 'HBAER', '515.123.8888', DATE '1987-09-29', 'PR_REP', 10000, 0, 101, 70);
INSERT INTO employees VALUES (205, 'Shelley', 'Higgins', 'SHIGGINS', '515.123.8080', DATE '1987-09-30', 'AC_MGR', 12000, 0, 101, 110);
INSERT INTO employees VALUES (206, 'William', 'Gietz', 'WGIETZ', '515.123.8181', DATE '1987-10-01', 'AC_ACCOUNT', 8300, 0, 205, 110);
CREATE TABLE job_history (
    EMPLOYEE_ID INTEGER,
    START_DATE DATE,
    END_DATE DATE,
    JOB_ID VARCHAR,
    DEPARTMENT_ID INTEGER
);
INSERT INTO job_history VALUES (102, DATE '1993-01-13', DATE '1998-07-24', 'IT_PROG', 60);
INSERT INTO job_history VALUES (101, DATE '1989-09-21', DATE '1993-10-27', 'AC_ACCOUNT', 110);
INSERT INTO job_history VALUES (101, DATE '1993-10-28', DATE '1997-03-15', 'AC_MGR', 110);
INSERT INTO job_history VALUES (201, DATE '1996-02-17', DATE '1999-12-19', 'MK_REP', 20);
INSERT INTO job_history VALUES (114, DATE '1998-03-24', DATE '1999-12-31', 'ST_CLERK', 50);
INSERT INTO job_history VALUES (122, DATE '1999-01-01', DATE '1999-12-31', 'ST_CLERK', 50);
INSERT INTO job_history VALUES (200, DATE '1987-09-17', DATE '1993-06-17', 'AD_ASST', 90);
INSERT INTO job_history VALUES (176, DATE '1998-03-24', DATE '1998-12-31', 'SA_REP', 80);
INSERT INTO job_history VALUES (176, DATE '1999-01-01', DATE '1999-12-31', 'SA_MAN', 80);
INSERT INTO job_history VALUES (200, DATE '1994-07-01', DATE '1998-12-31', 'AC_ACCOUNT', 90);
INSERT INTO job_history VALUES (0, NULL, NULL, '', 0);
CREATE TABLE locations (
    LOCATION_ID INTEGER,
    STREET_ADDRESS VARCHAR,
    POSTAL_CODE VARCHAR,
    CITY VARCHAR,
    STATE_PROVINCE VARCHAR,
    COUNTRY_ID VARCHAR
);
INSERT INTO locations VALUES (1000, '1297 Via Cola di Rie', '989', 'Roma', '', 'IT');
INSERT INTO locations VALUES (1100, '93091 Calle della Testa', '10934', 'Venice', '', 'IT');
INSERT INTO locations VALUES (1200, '2017 Shinjuku-ku', '1689', 'Tokyo', 'Tokyo Prefecture', 'JP');
INSERT INTO locations VALUES (1300, '9450 Kamiya-cho', '6823', 'Hiroshima', '', 'JP');
INSERT INTO locations VALUES (1400, '2014 Jabberwocky Rd', '26192', 'Southlake', 'Texas', 'US');
INSERT INTO locations VALUES (1500, '2011 Interiors Blvd', '99236', 'South San Francisco', 'California', 'US');
INSERT INTO locations VALUES (1600, '2007 Zagora St', '50090', 'South Brunswick', 'New Jersey', 'US');
INSERT INTO locations VALUES (1700, '2004 Charade Rd', '98199', 'Seattle', 'Washington', 'US');
INSERT INTO locations VALUES (1800, '147 Spadina Ave', 'M5V 2L7', 'Toronto', 'Ontario', 'CA');
INSERT INTO locations VALUES (1900, '6092 Boxwood St', 'YSW 9T2', 'Whitehorse', 'Yukon', 'CA');
INSERT INTO locations VALUES (2000, '40-5-12 Laogianggen', '190518', 'Beijing', '', 'CN');
INSERT INTO locations VALUES (2100, '1298 Vileparle (E)', '490231', 'Bombay', 'Maharashtra', 'IN');
INSERT INTO locations VALUES (2200, '12-98 Victoria Street', '2901', 'Sydney', 'New South Wales', 'AU');
INSERT INTO locations VALUES (2300, '198 Clementi North', '540198', 'Singapore', '', 'SG');
INSERT INTO locations VALUES (2400, '8204 Arthur St', '', 'London', '', 'UK');
INSERT INTO locations VALUES (2500, '"Magdalen Centre', ' The Oxford ', 'OX9 9ZB', 'Oxford', 'Ox');
INSERT INTO locations VALUES (2600, '9702 Chester Road', '9629850293', 'Stretford', 'Manchester', 'UK');
INSERT INTO locations VALUES (2700, 'Schwanthalerstr. 7031', '80925', 'Munich', 'Bavaria', 'DE');
INSERT INTO locations VALUES (2800, 'Rua Frei Caneca 1360', '01307-002', 'Sao Paulo', 'Sao Paulo', 'BR');
INSERT INTO locations VALUES (2900, '20 Rue des Corps-Saints', '1730', 'Geneva', 'Geneve', 'CH');
INSERT INTO locations VALUES (3000, 'Murtenstrasse 921', '3095', 'Bern', 'BE', 'CH');
INSERT INTO locations VALUES (3100, 'Pieter Breughelstraat 837', '3029SK', 'Utrecht', 'Utrecht', 'NL');
INSERT INTO locations VALUES (3200, 'Mariano Escobedo 9991', '11932', 'Mexico City', '"Distrito Federal', '"');

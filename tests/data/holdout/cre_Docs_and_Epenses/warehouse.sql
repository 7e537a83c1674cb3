-- cre_Docs_and_Epenses (Spider, CC BY-SA 4.0): rows from LeLuven/MachineSpider, Spider's names restored.
CREATE TABLE Ref_Document_Types (
    Document_Type_Code VARCHAR,
    Document_Type_Name VARCHAR,
    Document_Type_Description VARCHAR
);
INSERT INTO Ref_Document_Types VALUES ('BK', 'Book', 'excellent');
INSERT INTO Ref_Document_Types VALUES ('CV', 'CV', 'excellent');
INSERT INTO Ref_Document_Types VALUES ('PT', 'Presentation', 'very good');
INSERT INTO Ref_Document_Types VALUES ('PP', 'Paper', 'good');
INSERT INTO Ref_Document_Types VALUES ('FM', 'Film', 'fun');

CREATE TABLE Ref_Budget_Codes (
    Budget_Type_Code VARCHAR,
    Budget_Type_Description VARCHAR
);
INSERT INTO Ref_Budget_Codes VALUES ('GV', 'Government');
INSERT INTO Ref_Budget_Codes VALUES ('ORG', 'Organisation');
INSERT INTO Ref_Budget_Codes VALUES ('SF', 'Self founded');

CREATE TABLE Projects (
    Project_ID INTEGER,
    Project_Details VARCHAR
);
INSERT INTO Projects VALUES (30, 'Society Research project');
INSERT INTO Projects VALUES (35, 'Internet of Things project');
INSERT INTO Projects VALUES (105, 'Graph Database project');
INSERT INTO Projects VALUES (134, 'Human Resource project');
INSERT INTO Projects VALUES (195, 'Population Research project');

CREATE TABLE Documents (
    Document_ID INTEGER,
    Document_Type_Code VARCHAR,
    Project_ID INTEGER,
    Document_Date TIMESTAMP,
    Document_Name VARCHAR,
    Document_Description VARCHAR,
    Other_Details VARCHAR
);
INSERT INTO Documents VALUES (29, 'CV', 30, '2004-08-28 06:59:19', 'Review on UK files', NULL, NULL);
INSERT INTO Documents VALUES (42, 'BK', 105, '2012-12-27 19:09:18', 'Review on Canadian files', NULL, NULL);
INSERT INTO Documents VALUES (57, 'CV', 195, '1980-10-22 14:17:11', 'Review on French files', NULL, NULL);
INSERT INTO Documents VALUES (121, 'BK', 105, '1981-11-29 10:23:01', 'Review on USA files', NULL, NULL);
INSERT INTO Documents VALUES (181, 'PP', 105, '1970-06-17 14:03:21', 'Chapter on private files', NULL, NULL);
INSERT INTO Documents VALUES (192, 'PP', 134, '2013-01-26 15:15:25', 'Book on USA files', NULL, NULL);
INSERT INTO Documents VALUES (226, 'BK', 30, '1991-07-08 08:49:59', 'Review on UK files', NULL, NULL);
INSERT INTO Documents VALUES (227, 'BK', 30, '1970-03-06 07:34:49', 'Deontae files', NULL, NULL);
INSERT INTO Documents VALUES (240, 'BK', 105, '1971-06-09 19:03:41', 'Winona Book', NULL, NULL);
INSERT INTO Documents VALUES (300, 'FM', 35, '2007-09-26 02:39:11', 'Trenton Presentation', NULL, NULL);
INSERT INTO Documents VALUES (309, 'BK', 35, '1978-10-15 10:33:17', 'Noel CV', NULL, NULL);
INSERT INTO Documents VALUES (318, 'PP', 134, '1970-01-30 10:53:35', 'King Book', NULL, NULL);
INSERT INTO Documents VALUES (367, 'CV', 134, '1983-08-24 17:10:26', 'Jevon Paper', NULL, NULL);
INSERT INTO Documents VALUES (371, 'PP', 105, '1976-05-06 12:56:12', 'Katheryn statement', NULL, NULL);
INSERT INTO Documents VALUES (383, 'PP', 35, '2005-10-28 03:17:16', 'Review on UK files', NULL, NULL);

CREATE TABLE Statements (
    Statement_ID INTEGER,
    Statement_Details VARCHAR
);
INSERT INTO Statements VALUES (57, 'Open Project');
INSERT INTO Statements VALUES (192, 'Private Project');

CREATE TABLE Documents_with_Expenses (
    Document_ID INTEGER,
    Budget_Type_Code VARCHAR,
    Document_Details VARCHAR
);
INSERT INTO Documents_with_Expenses VALUES (57, 'GV', 'government');
INSERT INTO Documents_with_Expenses VALUES (192, 'GV', 'government');
INSERT INTO Documents_with_Expenses VALUES (226, 'GV', 'government');
INSERT INTO Documents_with_Expenses VALUES (227, 'GV', 'government');
INSERT INTO Documents_with_Expenses VALUES (240, 'GV', 'government');
INSERT INTO Documents_with_Expenses VALUES (300, 'GV', 'government');
INSERT INTO Documents_with_Expenses VALUES (309, 'SF', 'safety');
INSERT INTO Documents_with_Expenses VALUES (367, 'SF', 'safety');
INSERT INTO Documents_with_Expenses VALUES (371, 'ORG', 'organization');
INSERT INTO Documents_with_Expenses VALUES (383, 'ORG', 'organization');

CREATE TABLE Accounts (
    Account_ID INTEGER,
    Statement_ID INTEGER,
    Account_Details VARCHAR
);
INSERT INTO Accounts VALUES (7, 57, '495.063');
INSERT INTO Accounts VALUES (61, 57, '930.14');
INSERT INTO Accounts VALUES (98, 57, '6035.84');
INSERT INTO Accounts VALUES (136, 57, '199.52');
INSERT INTO Accounts VALUES (164, 192, '12223.93');
INSERT INTO Accounts VALUES (209, 57, '11130.23');
INSERT INTO Accounts VALUES (211, 192, '1230.454');
INSERT INTO Accounts VALUES (240, 192, '6352.31');
INSERT INTO Accounts VALUES (262, 57, '147.96');
INSERT INTO Accounts VALUES (280, 57, '187.14');
INSERT INTO Accounts VALUES (321, 192, '745.817');
INSERT INTO Accounts VALUES (346, 192, '127.9');
INSERT INTO Accounts VALUES (414, 57, '25.41');
INSERT INTO Accounts VALUES (427, 57, '1168.32');
INSERT INTO Accounts VALUES (451, 192, '658.26');

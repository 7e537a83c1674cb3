-- body_builder (Spider, CC BY-SA 4.0): rows from LeLuven/MachineSpider, Spider's names restored.
CREATE TABLE body_builder (
    Body_Builder_ID INTEGER,
    People_ID INTEGER,
    Snatch DOUBLE,
    Clean_Jerk DOUBLE,
    Total DOUBLE
);
INSERT INTO body_builder VALUES (1, 1, 142.5, 175.0, 317.5);
INSERT INTO body_builder VALUES (2, 2, 137.5, 177.5, 315.0);
INSERT INTO body_builder VALUES (3, 3, 140.0, 175.0, 315.0);
INSERT INTO body_builder VALUES (4, 5, 137.5, 175.0, 312.5);
INSERT INTO body_builder VALUES (5, 6, 130.0, 162.5, 292.5);

CREATE TABLE people (
    People_ID INTEGER,
    Name VARCHAR,
    Height INTEGER,
    Weight INTEGER,
    Birth_Date VARCHAR,
    Birth_Place VARCHAR
);
INSERT INTO people VALUES (1, 'Jack Campbell', 182, 80, 'January 1, 1992', 'Port Huron, Michigan');
INSERT INTO people VALUES (2, 'Ty Conklin', 192, 90, 'March 30, 1976', 'Anchorage, Alaska');
INSERT INTO people VALUES (3, 'Al Montoya', 195, 100, 'February 13, 1985', 'Glenview, Illinois');
INSERT INTO people VALUES (4, 'Mark Fayne', 215, 102, 'May 5, 1987', 'Nashua, New Hampshire');
INSERT INTO people VALUES (5, 'Cam Fowler', 196, 89, 'December 5, 1991', 'Farmington Hills, Michigan');
INSERT INTO people VALUES (6, 'Jake Gardiner', 205, 92, 'July 4, 1990', 'Minnetonka, Minnesota');

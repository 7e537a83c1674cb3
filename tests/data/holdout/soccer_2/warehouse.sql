-- Spider (Yu et al., 2018), train split, database soccer_2: CC BY-SA 4.0.
-- Rows as in Spider's soccer_2.sqlite; table and column names as in Spider's tables.json.
-- enr (college enrollment), pID and HS (hours of training), stored as NUMERIC, are INTEGERs;
-- yCard and decision are 'yes'/'no' as stored. All 4 colleges, 6 players and 6 tryouts.
CREATE TABLE College (
    cName VARCHAR,
    state VARCHAR,
    enr INTEGER
);
CREATE TABLE Player (
    pID INTEGER,
    pName VARCHAR,
    yCard VARCHAR,
    HS INTEGER
);
CREATE TABLE Tryout (
    pID INTEGER,
    cName VARCHAR,
    pPos VARCHAR,
    decision VARCHAR
);
INSERT INTO College VALUES
    ('LSU', 'LA', 18000),
    ('ASU', 'AZ', 12000),
    ('OU', 'OK', 22000),
    ('FSU', 'FL', 19000);
INSERT INTO Player VALUES
    (10001, 'Andrew', 'no', 1200),
    (20002, 'Blake', 'no', 1600),
    (30003, 'Charles', 'no', 300),
    (40004, 'David', 'yes', 1600),
    (40002, 'Drago', 'yes', 1600),
    (50005, 'Eddie', 'yes', 600);
INSERT INTO Tryout VALUES
    (10001, 'LSU', 'goalie', 'no'),
    (10001, 'ASU', 'goalie', 'yes'),
    (20002, 'FSU', 'striker', 'yes'),
    (30003, 'OU', 'mid', 'no'),
    (40004, 'ASU', 'goalie', 'no'),
    (50005, 'LSU', 'mid', 'no');

-- network_2 (Spider train): every row, Spider's table and column names.
CREATE TABLE Person (name VARCHAR(20) PRIMARY KEY, age INTEGER, city VARCHAR, gender VARCHAR, job VARCHAR);
CREATE TABLE PersonFriend (name VARCHAR(20) REFERENCES Person(name), friend VARCHAR(20) REFERENCES Person(name), year INTEGER);
INSERT INTO Person VALUES ('Alice', 25, 'new york city', 'female', 'student');
INSERT INTO Person VALUES ('Bob', 35, 'salt lake city', 'male', 'engineer');
INSERT INTO Person VALUES ('Zach', 45, 'austin', 'male', 'doctor');
INSERT INTO Person VALUES ('Dan', 26, 'chicago', 'female', 'student');
INSERT INTO PersonFriend VALUES ('Alice', 'Bob', 10);
INSERT INTO PersonFriend VALUES ('Zach', 'Dan', 12);
INSERT INTO PersonFriend VALUES ('Bob', 'Zach', 5);
INSERT INTO PersonFriend VALUES ('Zach', 'Alice', 6);

-- music_1 from the Spider text-to-SQL dataset (train split; Yu et al. 2018, CC BY-SA 4.0).
-- Tables and rows as in Spider's SQLite database; types made explicit for DuckDB
-- (song.releasedate, stored as text such as 28-AUG-2011 in Spider, is a DATE here).

CREATE TABLE "genre" ("g_name" VARCHAR, "rating" VARCHAR, "most_popular_in" VARCHAR);
INSERT INTO "genre" VALUES ('tagore', '8', 'Bangladesh');
INSERT INTO "genre" VALUES ('nazrul', '7', 'Bangladesh');
INSERT INTO "genre" VALUES ('folk', '9', 'Sylhet,Chittagong,Kustia');
INSERT INTO "genre" VALUES ('modern', '8', 'Bangladesh');
INSERT INTO "genre" VALUES ('blues', '7', 'Canada');
INSERT INTO "genre" VALUES ('pop', '9', 'America');

CREATE TABLE "artist" ("artist_name" VARCHAR, "country" VARCHAR, "gender" VARCHAR, "preferred_genre" VARCHAR);
INSERT INTO "artist" VALUES ('Shrikanta', 'India', 'Male', 'tagore');
INSERT INTO "artist" VALUES ('Prity', 'Bangladesh', 'Female', 'nazrul');
INSERT INTO "artist" VALUES ('Farida', 'Bangladesh', 'Female', 'folk');
INSERT INTO "artist" VALUES ('Topu', 'India', 'Female', 'modern');
INSERT INTO "artist" VALUES ('Enrique', 'USA', 'Male', 'blues');
INSERT INTO "artist" VALUES ('Michel', 'UK', 'Male', 'pop');

CREATE TABLE "files" ("f_id" INTEGER, "artist_name" VARCHAR, "file_size" VARCHAR, "duration" VARCHAR, "formats" VARCHAR);
INSERT INTO "files" VALUES (1, 'Shrikanta', '3.78 MB', '3:45', 'mp4');
INSERT INTO "files" VALUES (2, 'Prity', '4.12 MB', '2:56', 'mp3');
INSERT INTO "files" VALUES (3, 'Farida', '3.69 MB', '4:12', 'mp4');
INSERT INTO "files" VALUES (4, 'Enrique', '4.58 MB', '5:23', 'mp4');
INSERT INTO "files" VALUES (5, 'Michel', '5.10 MB', '4:34', 'mp3');
INSERT INTO "files" VALUES (6, 'Topu', '4.10 MB', '4:30', 'mp4');

CREATE TABLE "song" ("song_name" VARCHAR, "artist_name" VARCHAR, "country" VARCHAR, "f_id" INTEGER, "genre_is" VARCHAR, "rating" INTEGER, "languages" VARCHAR, "releasedate" DATE, "resolution" INTEGER);
INSERT INTO "song" VALUES ('Tumi robe nirobe', 'Shrikanta', 'India', 1, 'tagore', 8, 'bangla', DATE '2011-08-28', 1080);
INSERT INTO "song" VALUES ('Shukno patar nupur pae', 'Prity', 'Bangladesh', 2, 'nazrul', 5, 'bangla', DATE '1997-09-21', 512);
INSERT INTO "song" VALUES ('Ami opar hoye', 'Farida', 'Bangladesh', 3, 'folk', 7, 'bangla', DATE '2001-04-07', 320);
INSERT INTO "song" VALUES ('My love', 'Enrique', 'USA', 4, 'blues', 6, 'english', DATE '2007-01-24', 1080);
INSERT INTO "song" VALUES ('Just beat it', 'Michel', 'UK', 5, 'pop', 8, 'english', DATE '2002-03-17', 720);
INSERT INTO "song" VALUES ('Aj ei akash', 'Topu', 'India', 6, 'modern', 10, 'bangla', DATE '2004-03-27', 320);

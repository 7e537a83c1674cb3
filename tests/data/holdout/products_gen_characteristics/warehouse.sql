-- Spider (Yu et al., 2018), train split, database products_gen_characteristics: CC BY-SA 4.0.
-- Rows as in Spider's products_gen_characteristics.sqlite (via LeLuven/MachineSpider, names
-- restored); table and column names as in Spider's tables.json.
-- Ids are INTEGERs; typical buying and selling prices (stored as text) are DOUBLEs, an empty
-- price ('') is NULL. Colour codes ('1'..'9') stay text. unit_of_measure keeps the source's
-- trailing blanks ('Handful' is stored padded to 20 characters). Product_Characteristics has no
-- key: product 11 carries characteristic 3 twice (values 'medium' and 'high'), as in the source.
-- All 2 characteristic types, 8 colours, 3 categories, 15 characteristics, 15 products and 15
-- product-characteristic rows.
CREATE TABLE Ref_Characteristic_Types (
    characteristic_type_code VARCHAR PRIMARY KEY,
    characteristic_type_description VARCHAR
);
CREATE TABLE Ref_Colors (
    color_code VARCHAR PRIMARY KEY,
    color_description VARCHAR
);
CREATE TABLE Ref_Product_Categories (
    product_category_code VARCHAR PRIMARY KEY,
    product_category_description VARCHAR,
    unit_of_measure VARCHAR
);
CREATE TABLE Characteristics (
    characteristic_id INTEGER PRIMARY KEY,
    characteristic_type_code VARCHAR NOT NULL REFERENCES Ref_Characteristic_Types (characteristic_type_code),
    characteristic_data_type VARCHAR,
    characteristic_name VARCHAR,
    other_characteristic_details VARCHAR
);
CREATE TABLE Products (
    product_id INTEGER PRIMARY KEY,
    color_code VARCHAR NOT NULL REFERENCES Ref_Colors (color_code),
    product_category_code VARCHAR NOT NULL REFERENCES Ref_Product_Categories (product_category_code),
    product_name VARCHAR,
    typical_buying_price DOUBLE,
    typical_selling_price DOUBLE,
    product_description VARCHAR,
    other_product_details VARCHAR
);
CREATE TABLE Product_Characteristics (
    product_id INTEGER NOT NULL REFERENCES Products (product_id),
    characteristic_id INTEGER NOT NULL REFERENCES Characteristics (characteristic_id),
    product_characteristic_value VARCHAR
);
INSERT INTO Ref_Characteristic_Types VALUES ('Grade', 'Grade');
INSERT INTO Ref_Characteristic_Types VALUES ('Purity', 'Purity');
INSERT INTO Ref_Colors VALUES ('9', 'red');
INSERT INTO Ref_Colors VALUES ('5', 'green');
INSERT INTO Ref_Colors VALUES ('1', 'yellow');
INSERT INTO Ref_Colors VALUES ('4', 'blue');
INSERT INTO Ref_Colors VALUES ('7', 'black');
INSERT INTO Ref_Colors VALUES ('2', 'white');
INSERT INTO Ref_Colors VALUES ('8', 'purple');
INSERT INTO Ref_Colors VALUES ('3', 'gray');
INSERT INTO Ref_Product_Categories VALUES ('Herbs', 'Herbs', 'Handful             ');
INSERT INTO Ref_Product_Categories VALUES ('Seeds', 'Seeds', 'Weight - pound,kilo.');
INSERT INTO Ref_Product_Categories VALUES ('Spices', 'Spices', 'Weight - pound,kilo.');
INSERT INTO Characteristics VALUES (1, 'Grade', 'numquam', 'slow', NULL);
INSERT INTO Characteristics VALUES (2, 'Grade', 'doloribus', 'fast', NULL);
INSERT INTO Characteristics VALUES (3, 'Purity', 'rem', 'warm', NULL);
INSERT INTO Characteristics VALUES (4, 'Grade', 'aut', 'hot', NULL);
INSERT INTO Characteristics VALUES (5, 'Purity', 'impedit', 'hot', NULL);
INSERT INTO Characteristics VALUES (6, 'Purity', 'qui', 'warm', NULL);
INSERT INTO Characteristics VALUES (7, 'Grade', 'et', 'cool', NULL);
INSERT INTO Characteristics VALUES (8, 'Grade', 'dolores', 'cool', NULL);
INSERT INTO Characteristics VALUES (9, 'Grade', 'quam', 'cool', NULL);
INSERT INTO Characteristics VALUES (10, 'Grade', 'velit', 'fast', NULL);
INSERT INTO Characteristics VALUES (11, 'Purity', 'at', 'fast', NULL);
INSERT INTO Characteristics VALUES (12, 'Grade', 'totam', 'error', NULL);
INSERT INTO Characteristics VALUES (13, 'Purity', 'mollitia', 'slow', NULL);
INSERT INTO Characteristics VALUES (14, 'Purity', 'placeat', 'slow', NULL);
INSERT INTO Characteristics VALUES (15, 'Grade', 'facere', 'slow', NULL);
INSERT INTO Products VALUES (1, '4', 'Spices', 'cumin', NULL, 2878.3, 'et', NULL);
INSERT INTO Products VALUES (2, '2', 'Spices', 'peper', 352447.2874677, 1892070.2803543, 'rerum', NULL);
INSERT INTO Products VALUES (3, '9', 'Herbs', 'basil', 503.8431967, 0.1859512, 'officia', NULL);
INSERT INTO Products VALUES (4, '1', 'Herbs', 'borage', NULL, 10377614.847385, 'blanditiis', NULL);
INSERT INTO Products VALUES (5, '4', 'Spices', 'chili', NULL, 39446.0, 'eius', NULL);
INSERT INTO Products VALUES (6, '4', 'Seeds', 'ginger', 5.578, 52735.6101, 'doloribus', NULL);
INSERT INTO Products VALUES (7, '9', 'Seeds', 'sesame', 1284268.0659, 68205825.7, 'et', NULL);
INSERT INTO Products VALUES (8, '9', 'Herbs', 'caraway', 24493.0, NULL, 'nulla', NULL);
INSERT INTO Products VALUES (9, '2', 'Herbs', 'catnip', 12008702.623, 21577.891642, 'vel', NULL);
INSERT INTO Products VALUES (10, '5', 'Seeds', 'flax', 339404395.7, 59622629.74, 'et', NULL);
INSERT INTO Products VALUES (11, '7', 'Herbs', 'chervil', NULL, NULL, 'minus', NULL);
INSERT INTO Products VALUES (12, '4', 'Seeds', 'voluptatem', 162.0, 149.0, 'officia', NULL);
INSERT INTO Products VALUES (13, '5', 'Spices', 'cinnam', 1686539.4, 17595111.4, 'nisi', NULL);
INSERT INTO Products VALUES (14, '4', 'Seeds', 'lotus', 43221310.465574, 63589.4054376, 'exercitationem', NULL);
INSERT INTO Products VALUES (15, '2', 'Herbs', 'laurel', NULL, 57857.0, 'ut', NULL);
INSERT INTO Product_Characteristics VALUES (13, 13, 'low');
INSERT INTO Product_Characteristics VALUES (11, 2, 'low');
INSERT INTO Product_Characteristics VALUES (5, 15, 'low');
INSERT INTO Product_Characteristics VALUES (1, 13, 'low');
INSERT INTO Product_Characteristics VALUES (7, 12, 'low');
INSERT INTO Product_Characteristics VALUES (11, 6, 'low');
INSERT INTO Product_Characteristics VALUES (7, 2, 'medium');
INSERT INTO Product_Characteristics VALUES (12, 10, 'medium');
INSERT INTO Product_Characteristics VALUES (8, 11, 'high');
INSERT INTO Product_Characteristics VALUES (14, 4, 'medium');
INSERT INTO Product_Characteristics VALUES (11, 3, 'medium');
INSERT INTO Product_Characteristics VALUES (6, 15, 'high');
INSERT INTO Product_Characteristics VALUES (11, 3, 'high');
INSERT INTO Product_Characteristics VALUES (6, 10, 'high');
INSERT INTO Product_Characteristics VALUES (12, 2, 'high');

-- gymnast (Spider, CC BY-SA 4.0): rows from LeLuven/MachineSpider, Spider's names restored.
CREATE TABLE gymnast (
    Gymnast_ID INTEGER,
    Floor_Exercise_Points DOUBLE,
    Pommel_Horse_Points DOUBLE,
    Rings_Points DOUBLE,
    Vault_Points DOUBLE,
    Parallel_Bars_Points DOUBLE,
    Horizontal_Bar_Points DOUBLE,
    Total_Points DOUBLE
);
INSERT INTO gymnast VALUES (1, 9.725, 9.737, 9.512, 9.575, 9.762, 9.75, 58.061);
INSERT INTO gymnast VALUES (2, 9.7, 9.625, 9.625, 9.65, 9.587, 9.737, 57.924);
INSERT INTO gymnast VALUES (4, 8.987, 9.75, 9.75, 9.65, 9.787, 9.725, 57.649);
INSERT INTO gymnast VALUES (6, 9.762, 9.325, 9.475, 9.762, 9.562, 9.55, 57.436);
INSERT INTO gymnast VALUES (7, 9.687, 9.675, 9.3, 9.537, 9.725, 9.5, 57.424);
INSERT INTO gymnast VALUES (8, 9.65, 9.712, 9.487, 9.637, 9.5, 9.412, 57.398);
INSERT INTO gymnast VALUES (10, 9.412, 9.525, 9.712, 9.55, 9.625, 9.55, 57.374);

CREATE TABLE people (
    People_ID INTEGER,
    Name VARCHAR,
    Age INTEGER,
    Height DOUBLE,
    Hometown VARCHAR
);
INSERT INTO people VALUES (1, 'Paul Hamm', 24, 1.71, 'Santo Domingo');
INSERT INTO people VALUES (2, 'Lorraine Súarez Carmona', 21, 1.75, 'Bonao');
INSERT INTO people VALUES (3, 'Ashley Pérez Cabrera', 19, 1.7, 'Miami');
INSERT INTO people VALUES (4, 'Elizabeth Quiñónez Aroyo', 20, 1.71, 'Santo Domingo');
INSERT INTO people VALUES (5, 'Eve Tatiana Cruz Oviedo', 19, 1.72, 'Santo Domingo');
INSERT INTO people VALUES (6, 'Nadia Caba Rodríguez', 22, 1.79, 'Santo Domingo');
INSERT INTO people VALUES (7, 'Clary Sermina Delgado Cid', 21, 1.75, 'Santiago de los Caballeros');
INSERT INTO people VALUES (8, 'Marina Castro Medina', 20, 1.76, 'Santo Domingo');
INSERT INTO people VALUES (9, 'Rosa Clarissa Ortíz Melo', 23, 1.81, 'La Romana');
INSERT INTO people VALUES (10, 'Endis de los Santos Álvarez', 24, 1.72, 'Los Alcarrizos');

-- The warehouse the variety library runs on (tests/test_library_variety.py builds it in DuckDB).
CREATE SCHEMA analytics;
CREATE SCHEMA support;
CREATE TABLE customers (customer_id INTEGER, "Customer Name" VARCHAR, segment VARCHAR, country VARCHAR, signup_date DATE);
INSERT INTO customers VALUES
  (1, 'Globex Industries', 'Enterprise', 'Portugal', DATE '2026-01-10'),
  (2, 'Initech', 'Startup', 'Norway', DATE '2026-03-02'),
  (3, 'Umbrella Corp', 'Enterprise', 'Chile', DATE '2026-04-15'),
  (4, 'Stark Logistics', 'Midmarket', 'Kenya', DATE '2026-06-20'),
  (5, 'Wayne Foods', 'Startup', 'Portugal', DATE '2026-09-05');
CREATE TABLE orders (order_id INTEGER, customer_id INTEGER, order_date DATE, amount DECIMAL(10,2), status VARCHAR, sales_channel VARCHAR);
INSERT INTO orders VALUES
  (100, 1, DATE '2026-10-03', 120.50, 'shipped', 'Marketplace'),
  (101, 2, DATE '2026-10-12', 80.00, 'cancelled', 'Webshop'),
  (102, 3, DATE '2026-10-20', 310.00, 'shipped', 'Retail Partner'),
  (103, 4, DATE '2026-11-02', 45.25, 'pending', 'Marketplace'),
  (104, 5, DATE '2026-11-15', 99.99, 'shipped', 'Webshop'),
  (105, 3, DATE '2026-11-18', 150.00, 'cancelled', 'Marketplace');
CREATE TABLE products (product_id INTEGER, product_name VARCHAR, category VARCHAR, unit_price DOUBLE);
INSERT INTO products VALUES
  (1, 'Copper Kettle', 'Kitchenware', 35.0), (2, 'Bamboo Rake', 'Gardening', 18.0),
  (3, 'Fountain Pen', 'Stationery', 12.5), (4, 'Cast Iron Skillet', 'Kitchenware', 42.0);
CREATE TABLE order_items (order_id INTEGER, product_id INTEGER, quantity INTEGER);
INSERT INTO order_items VALUES (100, 1, 2), (101, 3, 5), (102, 4, 1), (103, 2, 3), (104, 1, 1), (105, 3, 2);
CREATE TABLE analytics.web_sessions (session_id INTEGER, browser VARCHAR, "DeviceType" VARCHAR, session_date DATE, duration_s INTEGER);
INSERT INTO analytics.web_sessions VALUES
  (1, 'Firefox', 'Tablet', DATE '2026-11-01', 120), (2, 'Vivaldi', 'Desktop', DATE '2026-11-10', 300),
  (3, 'Safari', 'Smartwatch', DATE '2026-11-20', 45), (4, 'Firefox', 'Desktop', DATE '2026-11-21', 600);
CREATE TABLE "SalesReps" ("RepName" VARCHAR, "TerritoryName" VARCHAR, "QuotaUSD" INTEGER);
INSERT INTO "SalesReps" VALUES ('Ada Lovelace', 'Great Lakes', 50000), ('Grace Hopper', 'Gulf Coast', 65000),
  ('Alan Turing', 'Rocky Mountains', 40000);
CREATE TABLE stores (store_id INTEGER, city VARCHAR, state_code VARCHAR, opened DATE);
INSERT INTO stores VALUES (1, 'Tallahassee', 'FL', DATE '2024-02-01'), (2, 'Albuquerque', 'NM', DATE '2025-05-01'),
  (3, 'Spokane', 'WA', DATE '2026-07-01');
CREATE TABLE inventory (store_id INTEGER, product_id INTEGER, on_hand INTEGER);
INSERT INTO inventory VALUES (1, 1, 3), (1, 2, 40), (2, 3, 2), (2, 4, 8), (3, 1, 25);
CREATE TABLE support.tickets (ticket_id INTEGER, priority VARCHAR, assignee VARCHAR, team VARCHAR, opened_at DATE, resolved_at DATE);
INSERT INTO support.tickets VALUES
  (1, 'P1', 'Marisol Vega', 'Billing Ops', DATE '2026-11-03', DATE '2026-11-05'),
  (2, 'P2', 'Kenji Watanabe', 'Identity Platform', DATE '2026-11-10', NULL),
  (3, 'P3', 'Marisol Vega', 'Identity Platform', DATE '2026-10-28', DATE '2026-11-02');
CREATE TABLE employees (emp_id INTEGER, full_name VARCHAR, department VARCHAR, manager_id INTEGER, hire_date DATE, salary INTEGER);
INSERT INTO employees VALUES
  (1, 'Priya Raman', 'Legal Affairs', NULL, DATE '2020-01-06', 150000),
  (2, 'Tomasz Nowak', 'Procurement', 1, DATE '2023-04-03', 90000),
  (3, 'Lucía Fernández', 'Research Lab', 1, DATE '2026-02-16', 110000);
CREATE TABLE shipments (shipment_id INTEGER, order_id INTEGER, carrier VARCHAR, ship_date DATE, delivered_date DATE, destination_city VARCHAR);
INSERT INTO shipments VALUES
  (1, 100, 'Nordic Freight', DATE '2026-10-04', DATE '2026-10-09', 'Rotterdam'),
  (2, 102, 'Kestrel Express', DATE '2026-10-21', DATE '2026-10-30', 'Antwerp'),
  (3, 104, 'Kestrel Express', DATE '2026-11-16', DATE '2026-11-19', 'Rotterdam');
CREATE TABLE events (event_id INTEGER, user_id INTEGER, event_name VARCHAR, event_ts TIMESTAMP, plan VARCHAR);
INSERT INTO events VALUES
  (1, 7, 'Checkout Started', TIMESTAMP '2026-11-16 10:00:00', 'Gold Tier'),
  (2, 8, 'Trial Converted', TIMESTAMP '2026-11-17 11:30:00', 'Silver Tier'),
  (3, 7, 'Trial Converted', TIMESTAMP '2026-11-20 09:15:00', 'Gold Tier');
CREATE TABLE "Suppliers" (supplier_id INTEGER, "Supplier_Name" VARCHAR, "Country" VARCHAR, "CountryCode" VARCHAR);
INSERT INTO "Suppliers" VALUES (1, 'Atlas Spices', 'Morocco', 'MA'), (2, 'Mekong Textiles', 'Vietnam', 'VN'), (3, 'Fjord Timber', 'Norway', 'NO');
CREATE TABLE campaigns (campaign_id INTEGER, campaign_name VARCHAR, medium VARCHAR, start_date DATE, budget INTEGER);
INSERT INTO campaigns VALUES (1, 'Spring Bloom', 'Podcast', DATE '2026-03-01', 12000),
  (2, 'Winter Warmers', 'Billboard', DATE '2026-11-01', 30000);
CREATE TABLE airports (iata VARCHAR, city VARCHAR, airport_name VARCHAR);
INSERT INTO airports VALUES ('ABZ', 'Aberdeen', 'Dyce International'), ('INV', 'Inverness', 'Dalcross Field'),
  ('GWY', 'Galway', 'Carnmore Aerodrome');
CREATE TABLE flights (flight_id INTEGER, origin VARCHAR, dest VARCHAR, dep_date DATE, delay_min INTEGER);
INSERT INTO flights VALUES (1, 'ABZ', 'INV', DATE '2026-10-05', 12), (2, 'INV', 'GWY', DATE '2026-10-19', 45),
  (3, 'ABZ', 'GWY', DATE '2026-11-11', 0);

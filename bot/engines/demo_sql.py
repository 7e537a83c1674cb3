"""The demo warehouse's SQL: one statement per table, drawn from a seed (see demo_data).

Every random draw is `hash(key, salt, seed)` turned into a uniform number, so the same seed and
the same last day give the same rows on every run and every machine running the same DuckDB
version. Dates are drawn through day-weight tables (weekly cycle, a November/December peak,
slow growth) with ASOF joins on integer cumulative weights; integers keep the draws exact, so
parallel execution cannot change a single row.
"""

# Uniform [0, 1) from a 53-bit slice of a hash of (key, salt, seed).
MACROS = """
CREATE TEMP MACRO u(k, salt) AS
    (hash(k, salt, getvariable('seed')) >> 11) / 9007199254740992.0;
CREATE TEMP MACRO pick(k, salt, items) AS
    items[1 + CAST(floor(u(k, salt) * len(items)) AS INTEGER)];
"""

# One row per calendar day with integer weights: `w` for orders and app use (weekly cycle,
# holiday peak, daily noise), `sw` for sign-ups (the same shape times steady growth).
DAYS = """
CREATE TEMP TABLE days AS
WITH d AS (
    SELECT CAST(ts AS DATE) AS d FROM range(DATE '2024-01-01', getvariable('today') + 1,
                                            INTERVAL 1 DAY) AS r(ts)
), f AS (
    SELECT d,
        CASE isodow(d) WHEN 1 THEN 1.10 WHEN 2 THEN 1.05 WHEN 3 THEN 1.00 WHEN 4 THEN 1.00
                       WHEN 5 THEN 0.95 WHEN 6 THEN 0.80 ELSE 0.88 END
        * CASE
            WHEN month(d) = 11 AND day(d) >= 20 THEN 1.90
            WHEN month(d) = 11 THEN 1.30
            WHEN month(d) = 12 AND day(d) <= 20 THEN 1.60
            WHEN month(d) = 12 THEN 1.10
            WHEN month(d) = 1 THEN 0.85
            WHEN month(d) = 2 THEN 0.90
            WHEN month(d) IN (7, 8) THEN 0.95
            ELSE 1.00 END
        * (0.9 + 0.2 * u(d, 'day-noise')) AS season,
        1.0 + 0.8 * (d - DATE '2024-01-01') / 365.0 AS growth
    FROM d
)
SELECT d,
    CAST(season * 10000 AS BIGINT) AS w,
    CAST(season * growth * 10000 AS BIGINT) AS sw,
    sum(CAST(season * 10000 AS BIGINT)) OVER (ORDER BY d) AS cum,
    sum(CAST(season * growth * 10000 AS BIGINT)) OVER (ORDER BY d) AS scum
FROM f;
"""

CUSTOMERS = """
CREATE TABLE customers AS
WITH raw AS (
    SELECT i,
        CAST(floor(u(i, 'signup') * (SELECT max(scum) FROM days)) AS BIGINT) + 1 AS target
    FROM range(getvariable('n_customers')) AS r(i)
), dated AS (
    SELECT raw.i, days.d AS signup_date
    FROM raw ASOF JOIN days ON raw.target <= days.scum
), numbered AS (
    SELECT CAST(row_number() OVER (ORDER BY signup_date, i) AS INTEGER) AS customer_id,
        i, signup_date
    FROM dated
), named AS (
    SELECT customer_id, signup_date,
        pick(i, 'first', ['Jane', 'John', 'Maria', 'Ahmed', 'Wei', 'Priya', 'Lucas', 'Sofia',
            'Kenji', 'Olivia', 'Mateo', 'Aisha', 'Noah', 'Emma', 'Liam', 'Chloe', 'Ravi',
            'Yuki', 'Fatima', 'Diego', 'Hannah', 'Omar', 'Elena', 'Jonas', 'Grace', 'Tariq',
            'Ana', 'Samuel', 'Mei', 'Lars', 'Zoe', 'Carlos', 'Ines', 'Daniel', 'Leila',
            'Tom', 'Nadia', 'Felix', 'Sara', 'Kwame']) AS first_name,
        pick(i, 'last', ['Doe', 'Smith', 'Garcia', 'Khan', 'Chen', 'Patel', 'Silva',
            'Rossi', 'Tanaka', 'Brown', 'Lopez', 'Okafor', 'Muller', 'Martin', 'Kim',
            'Nguyen', 'Sharma', 'Sato', 'Hassan', 'Fernandez', 'Novak', 'Jensen', 'Cohen',
            'Moreau', 'Walker', 'Costa', 'Ivanova', 'Park', 'Wilson', 'Larsen', 'Haddad',
            'Santos', 'Dubois', 'Kowalski', 'Murphy', 'Ali', 'Schmidt', 'Reyes', 'Berg',
            'Mensah']) AS last_name,
        u(i, 'region') AS ur, u(i, 'country') AS uc, u(i, 'channel') AS uch,
        pick(i, 'domain', ['example.com', 'example.org', 'example.net', 'mail.example']) AS domain
    FROM numbered
)
SELECT customer_id,
    lower(first_name || '.' || last_name || customer_id || '@' || domain) AS email,
    first_name || ' ' || last_name AS name,
    CASE WHEN ur < 0.40 THEN 'NA' WHEN ur < 0.70 THEN 'EMEA' WHEN ur < 0.90 THEN 'APAC'
         ELSE 'LATAM' END AS region,
    CASE WHEN ur < 0.40 THEN ['US', 'US', 'US', 'US', 'CA'][1 + CAST(floor(uc * 5) AS INTEGER)]
         WHEN ur < 0.70 THEN ['GB', 'DE', 'FR', 'NL', 'ES', 'SE', 'IT', 'AE', 'ZA']
                             [1 + CAST(floor(uc * 9) AS INTEGER)]
         WHEN ur < 0.90 THEN ['JP', 'AU', 'IN', 'SG', 'KR', 'NZ'][1 + CAST(floor(uc * 6) AS INTEGER)]
         ELSE ['BR', 'MX', 'AR', 'CL', 'CO'][1 + CAST(floor(uc * 5) AS INTEGER)] END AS country,
    signup_date,
    CASE WHEN uch < 0.40 THEN 'organic' WHEN uch < 0.70 THEN 'paid' WHEN uch < 0.90 THEN 'referral'
         ELSE 'partner' END AS channel
FROM named
ORDER BY customer_id;
"""

PRODUCTS = """
CREATE TABLE products AS
WITH p AS (
    SELECT i + 1 AS product_id,
        ['electronics', 'home', 'apparel', 'beauty', 'sports'][1 + i % 5] AS category,
        i // 5 AS k
    FROM range(300) AS r(i)
)
SELECT CAST(product_id AS INTEGER) AS product_id,
    'SKU-' || upper(left(category, 3)) || '-' || lpad(CAST(product_id AS VARCHAR), 4, '0') AS sku,
    ['Classic', 'Pro', 'Mini', 'Ultra', 'Eco', 'Travel', 'Smart', 'Premium', 'Everyday',
     'Studio'][1 + k % 10] || ' ' ||
    CASE category
        WHEN 'electronics' THEN ['Headphones', 'Speaker', 'Charger', 'Keyboard', 'Mouse',
                                 'Webcam']
        WHEN 'home' THEN ['Lamp', 'Kettle', 'Throw Blanket', 'Vase', 'Cookware Set', 'Rug']
        WHEN 'apparel' THEN ['Hoodie', 'T-Shirt', 'Rain Jacket', 'Sneakers', 'Beanie', 'Jeans']
        WHEN 'beauty' THEN ['Face Serum', 'Moisturizer', 'Shampoo', 'Lip Balm', 'Sunscreen',
                            'Hair Oil']
        ELSE ['Yoga Mat', 'Water Bottle', 'Running Shorts', 'Dumbbells', 'Bike Light',
              'Tennis Balls'] END[1 + k // 10] AS name,
    category,
    CAST(round(CASE category
        WHEN 'electronics' THEN 19 + 380 * pow(u(product_id, 'price'), 2)
        WHEN 'home' THEN 9 + 140 * pow(u(product_id, 'price'), 2)
        WHEN 'apparel' THEN 12 + 110 * u(product_id, 'price')
        WHEN 'beauty' THEN 5 + 55 * u(product_id, 'price')
        ELSE 8 + 190 * pow(u(product_id, 'price'), 2) END, 0) - 0.01 AS DECIMAL(10, 2)) AS price,
    CAST(CASE
        WHEN u(product_id, 'stock-low') < 0.03 THEN 0
        WHEN u(product_id, 'stock-low') < 0.10 THEN 1 + floor(9 * u(product_id, 'stock'))
        ELSE 10 + floor(490 * pow(u(product_id, 'stock'), 1.5)) END AS INTEGER) AS stock
FROM p
ORDER BY product_id;
"""

# Per customer: an order "size" (Pareto, capped: a few whales), a span during which they buy,
# whether they order soon after signing up, and how many further orders they place.
CUSTOMER_PLAN = """
CREATE TEMP TABLE cplan AS
WITH base AS (
    SELECT c.customer_id, c.signup_date,
        least(150.0, pow(1.0 - u(c.customer_id, 'size'), -1.0 / 1.5)) AS size,
        least(getvariable('today'),
              c.signup_date + CAST(30 + floor(-ln(1.0 - u(c.customer_id, 'span')) * 540)
                                   AS INTEGER)) AS active_until,
        u(c.customer_id, 'converts') < 0.40 AS converts,
        c.signup_date + CAST(floor(-ln(1.0 - u(c.customer_id, 'first-delay')) * 6)
                             AS INTEGER) AS first_order_date
    FROM customers AS c
), sized AS (
    SELECT *, CAST(size * (active_until - signup_date + 1) * 1000 AS BIGINT) AS load
    FROM base
)
SELECT s.*,
    CAST(floor(getvariable('n_extra_orders') * s.load / sum(s.load) OVER ()
               + u(s.customer_id, 'round')) AS INTEGER) AS n_extra,
    d1.cum - d1.w AS cum_from, d2.cum AS cum_to
FROM sized AS s
JOIN days AS d1 ON d1.d = s.signup_date
JOIN days AS d2 ON d2.d = s.active_until;
"""

ORDERS = """
CREATE TEMP TABLE order_draws AS
WITH extra AS (
    SELECT customer_id, k, cum_from + 1
        + CAST(floor(u(CAST(customer_id AS BIGINT) * 4096 + k, 'order-day') * (cum_to - cum_from))
               AS BIGINT) AS target
    FROM (SELECT customer_id, cum_from, cum_to, unnest(range(1, n_extra + 1)) AS k
          FROM cplan WHERE n_extra > 0)
)
SELECT customer_id, 0 AS k, first_order_date AS order_date
FROM cplan WHERE converts AND first_order_date <= getvariable('today')
UNION ALL
SELECT extra.customer_id, extra.k, days.d AS order_date
FROM extra ASOF JOIN days ON extra.target <= days.cum;

CREATE TEMP TABLE order_keys AS
SELECT CAST(row_number() OVER (ORDER BY o.order_date, o.customer_id, o.k) AS INTEGER) AS order_id,
    o.customer_id, o.order_date, c.region
FROM order_draws AS o JOIN customers AS c USING (customer_id);

CREATE TABLE order_items AS
WITH lines AS (
    SELECT order_id, order_date, unnest(range(1, 1 + CASE
            WHEN u(order_id, 'n-items') < 0.45 THEN 1 WHEN u(order_id, 'n-items') < 0.75 THEN 2
            WHEN u(order_id, 'n-items') < 0.90 THEN 3 WHEN u(order_id, 'n-items') < 0.97 THEN 4
            ELSE 5 END)) AS line_no
    FROM order_keys
), keyed AS (
    SELECT *, CAST(order_id AS BIGINT) * 8 + line_no AS lk FROM lines
)
SELECT l.order_id, CAST(l.line_no AS INTEGER) AS line_no, p.product_id,
    CAST(CASE WHEN u(l.lk, 'qty') < 0.80 THEN 1
              WHEN u(l.lk, 'qty') < 0.95 THEN 2
              ELSE 3 + floor(3 * u(l.lk, 'qty-many')) END AS INTEGER)
        AS quantity,
    CAST(CASE WHEN month(l.order_date) = 11 AND day(l.order_date) BETWEEN 24 AND 30
              THEN round(p.price * 0.8, 2) ELSE p.price END AS DECIMAL(10, 2)) AS unit_price
FROM keyed AS l
JOIN products AS p
  ON p.product_id = 1 + CAST(floor(300 * pow(u(l.lk, 'product'), 2.2))
                             AS INTEGER)
ORDER BY l.order_id, l.line_no;

CREATE TABLE orders AS
WITH totals AS (
    SELECT order_id, CAST(sum(quantity * unit_price) AS DECIMAL(12, 2)) AS amount,
        CAST(sum(quantity) AS INTEGER) AS items
    FROM order_items GROUP BY order_id
), aged AS (
    SELECT k.*, getvariable('today') - k.order_date AS age, u(k.order_id, 'status') AS us
    FROM order_keys AS k
)
SELECT a.order_id, a.customer_id, a.order_date,
    CASE
        WHEN a.age <= 2 THEN CASE WHEN us < 0.60 THEN 'pending' WHEN us < 0.95 THEN 'shipped'
                                  ELSE 'cancelled' END
        WHEN a.age <= 7 THEN CASE WHEN us < 0.12 THEN 'pending' WHEN us < 0.65 THEN 'shipped'
                                  WHEN us < 0.94 THEN 'delivered' WHEN us < 0.985 THEN 'cancelled'
                                  ELSE 'returned' END
        WHEN a.age <= 14 THEN CASE WHEN us < 0.15 THEN 'shipped' WHEN us < 0.90 THEN 'delivered'
                                   WHEN us < 0.95 THEN 'cancelled' ELSE 'returned' END
        ELSE CASE WHEN us < 0.87 THEN 'delivered' WHEN us < 0.92 THEN 'cancelled'
                  ELSE 'returned' END
    END AS status,
    a.region, t.amount, t.items
FROM aged AS a JOIN totals AS t USING (order_id)
ORDER BY a.order_id;
"""

REFUNDS = """
CREATE TABLE refunds AS
WITH r AS (
    SELECT order_id, order_date, amount, status, u(order_id, 'refund') AS ur
    FROM orders
    WHERE status = 'returned'
       OR (status = 'delivered' AND u(order_id, 'goodwill') < 0.015)
)
SELECT CAST(row_number() OVER (ORDER BY refund_date, order_id) AS INTEGER) AS refund_id, *
FROM (
    SELECT order_id,
        least(getvariable('today'),
              order_date + CAST(5 + floor(20 * u(order_id, 'refund-day')) AS INTEGER))
            AS refund_date,
        CAST(CASE WHEN status = 'returned' AND ur < 0.80 THEN amount
                  ELSE round(amount * (0.15 + 0.6 * ur), 2) END AS DECIMAL(12, 2)) AS amount,
        CASE WHEN status = 'delivered'
             THEN pick(order_id, 'goodwill-reason', ['late delivery', 'damaged in transit'])
             ELSE pick(order_id, 'reason', ['changed mind', 'changed mind', 'changed mind',
                  'defective', 'defective', 'damaged in transit', 'not as described',
                  'not as described', 'wrong item', 'size or fit']) END AS reason
    FROM r
)
ORDER BY refund_id;
"""

SUBSCRIPTIONS = """
CREATE TABLE subscriptions AS
WITH s AS (
    SELECT customer_id,
        signup_date + CAST(floor(-ln(1.0 - u(customer_id, 'sub-delay')) * 45) AS INTEGER)
            AS start_date,
        u(customer_id, 'plan') AS up, u(customer_id, 'billing') AS ub,
        u(customer_id, 'seats') AS us, u(customer_id, 'churn') AS uc
    FROM customers
    WHERE u(customer_id, 'subscribes') < 0.22
), planned AS (
    SELECT *,
        CASE WHEN up < 0.60 THEN 'basic' WHEN up < 0.90 THEN 'pro' ELSE 'enterprise' END AS plan
    FROM s WHERE start_date <= getvariable('today')
), lived AS (
    SELECT *,
        start_date + CAST(floor(ln(1.0 - uc) / ln(1.0 - CASE plan WHEN 'basic' THEN 0.045
                        WHEN 'pro' THEN 0.025 ELSE 0.012 END) * 30.4) AS INTEGER) + 1 AS ends
    FROM planned
)
SELECT CAST(row_number() OVER (ORDER BY start_date, customer_id) AS INTEGER) AS subscription_id,
    customer_id, plan, start_date,
    CASE WHEN ends <= getvariable('today') THEN ends END AS end_date,
    CAST(CASE plan
        WHEN 'basic' THEN CASE WHEN ub < 0.3 THEN 15.83 ELSE 19 END
        WHEN 'pro' THEN CASE WHEN ub < 0.3 THEN 40.83 ELSE 49 END
        ELSE 500 + 100 * floor(16 * us) END AS DECIMAL(10, 2)) AS mrr,
    CASE WHEN ub < 0.3 THEN 'annual' ELSE 'monthly' END AS billing
FROM lived
ORDER BY subscription_id;
"""

# App activity: 70% of customers use the app, each on a main platform, on a share of the days
# in their active span; one to three events per active day.
EVENTS = """
CREATE TEMP TABLE uplan AS
WITH a AS (
    SELECT customer_id AS user_id, signup_date,
        least(getvariable('today'),
              signup_date + CAST(20 + floor(-ln(1.0 - u(customer_id, 'app-span')) * 450)
                                 AS INTEGER)) AS active_until,
        0.25 * pow(u(customer_id, 'app-rate'), 2) AS rate,
        CASE WHEN u(customer_id, 'platform') < 0.40 THEN 'ios'
             WHEN u(customer_id, 'platform') < 0.75 THEN 'android' ELSE 'web' END AS platform
    FROM customers
    WHERE u(customer_id, 'app-user') < 0.70
)
SELECT a.*, d1.cum - d1.w AS cum_from, d2.cum AS cum_to,
    CAST(floor(rate * (active_until - signup_date + 1) * getvariable('event_factor')
               + u(user_id, 'app-round')) AS INTEGER) AS n_days
FROM a
JOIN days AS d1 ON d1.d = a.signup_date
JOIN days AS d2 ON d2.d = a.active_until;

CREATE TABLE events AS
WITH draws AS (
    SELECT user_id, platform, k, CAST(user_id AS BIGINT) * 65536 + k AS ek,
        cum_from + 1
        + CAST(floor(u(CAST(user_id AS BIGINT) * 65536 + k, 'event-day') * (cum_to - cum_from))
               AS BIGINT) AS target
    FROM (SELECT user_id, platform, cum_from, cum_to, unnest(range(n_days)) AS k
          FROM uplan WHERE n_days > 0)
), dated AS (
    SELECT draws.user_id, draws.ek, days.d AS event_date,
        CASE WHEN u(draws.ek, 'switch') < 0.85 THEN draws.platform
             ELSE pick(draws.ek, 'other', ['ios', 'android', 'web'])
        END AS platform,
        1 + CAST(u(draws.ek, 'n-events') < 0.5 AS INTEGER)
          + CAST(u(draws.ek, 'n-events') < 0.2 AS INTEGER) AS n_events
    FROM draws ASOF JOIN days ON draws.target <= days.cum
)
SELECT user_id, event_date, platform,
    CASE e WHEN 0 THEN 'session_start'
           ELSE pick(ek * 4 + e, 'event-type',
                     ['view_product', 'view_product', 'search', 'add_to_cart', 'checkout'])
    END AS event_type
FROM (SELECT *, unnest(range(n_events)) AS e FROM dated)
ORDER BY event_date, user_id, event_type;
"""

INFO = """
CREATE TABLE warehouse_info AS
SELECT CAST(getvariable('marker') AS VARCHAR) AS name, CAST(getvariable('seed') AS BIGINT) AS seed,
    CAST(getvariable('scale') AS DOUBLE) AS scale, DATE '2024-01-01' AS data_start,
    getvariable('today') AS data_end;
"""

-- Spider (Yu et al., 2018), train split, database loan_1: CC BY-SA 4.0.
-- Rows as in Spider's loan_1.sqlite; table and column names as in Spider's tables.json.
-- Ids, counts, balances, credit scores and loan amounts (INT in the source) are INTEGERs;
-- cust_ID and loan_ID (VARCHAR(3) in the source) stay text. loan.branch_ID, stored as text
-- ('1'), is an INTEGER like the bank.branch_ID it refers to.
-- customer.no_of_loans is kept as recorded: it does not always agree with the loan table
-- (Jack is recorded with 1 loan and has none in it; Owen with 0 and has one).
-- All 4 branches, 3 customers and 3 loans.
CREATE TABLE bank (
    branch_ID INTEGER PRIMARY KEY,
    bname VARCHAR,
    no_of_customers INTEGER,
    city VARCHAR,
    state VARCHAR
);
CREATE TABLE customer (
    cust_ID VARCHAR PRIMARY KEY,
    cust_name VARCHAR,
    acc_type VARCHAR,
    acc_bal INTEGER,
    no_of_loans INTEGER,
    credit_score INTEGER,
    branch_ID INTEGER REFERENCES bank (branch_ID),
    state VARCHAR
);
CREATE TABLE loan (
    loan_ID VARCHAR PRIMARY KEY,
    loan_type VARCHAR,
    cust_ID VARCHAR REFERENCES customer (cust_ID),
    branch_ID INTEGER REFERENCES bank (branch_ID),
    amount INTEGER
);
INSERT INTO bank VALUES
    (1, 'morningside', 203, 'New York City', 'New York'),
    (2, 'downtown', 123, 'Salt Lake City', 'Utah'),
    (3, 'broadway', 453, 'New York City', 'New York'),
    (4, 'high', 367, 'Austin', 'Texas');
INSERT INTO customer VALUES
    ('1', 'Mary', 'saving', 2000, 2, 30, 2, 'Utah'),
    ('2', 'Jack', 'checking', 1000, 1, 20, 1, 'Texas'),
    ('3', 'Owen', 'saving', 800000, 0, 210, 3, 'New York');
INSERT INTO loan VALUES
    ('1', 'Mortgages', '1', 1, 2050),
    ('2', 'Auto', '1', 2, 3000),
    ('3', 'Business', '3', 3, 5000);

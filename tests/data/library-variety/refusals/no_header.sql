SELECT 1 FROM customers

"""General English for data requests: normalising text, number words, periods and due dates."""

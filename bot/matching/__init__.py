"""From a request's words to a query: parameter extraction and the matcher."""

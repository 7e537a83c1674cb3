/*---
title: Accounts
description: >
  One row per account: account id, the statement it belongs to (id and details) and the
  account details (the amount as recorded). Optionally one account id, one statement (by
  details or id), or amounts within bounds (inclusive). By account id (default), largest or
  smallest amount first; optionally the first n.
examples:
  - list all accounts
  - accounts on statement 192
  - accounts over 5000
  - the 3 biggest accounts
  - details of account 61
keywords: [account, accounts, account id, account details, amount, amounts, balance,
           biggest, largest, smallest, statement, ledger]
params:
  account_id: {type: int, optional: true, min: 0, label: account id}
  statement: {type: string, optional: true, label: statement details}
  statement_id: {type: int, optional: true, min: 0, label: statement id}
  min_amount: {type: number, optional: true, label: amount at least}
  max_amount: {type: number, optional: true, label: amount at most}
  sort:
    type: choice
    choices: [id, largest, smallest]
    default: id
    synonyms: {by id: id, largest first: largest, biggest: largest, highest: largest,
               smallest first: smallest, lowest: smallest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@research-office-data"
---*/
SELECT a.Account_ID AS account_id, a.Statement_ID AS statement_id,
       s.Statement_Details AS statement_details, a.Account_Details AS account_details,
       CAST(a.Account_Details AS DECIMAL(12, 3)) AS amount
FROM Accounts AS a
LEFT JOIN Statements AS s ON s.Statement_ID = a.Statement_ID
WHERE 1 = 1
{% if account_id is not none %}AND a.Account_ID = :account_id
{% endif %}{% if statement %}AND s.Statement_Details = :statement
{% endif %}{% if statement_id is not none %}AND a.Statement_ID = :statement_id
{% endif %}{% if min_amount is not none %}AND CAST(a.Account_Details AS DECIMAL(12, 3)) >= :min_amount
{% endif %}{% if max_amount is not none %}AND CAST(a.Account_Details AS DECIMAL(12, 3)) <= :max_amount
{% endif %}ORDER BY
{% if sort == 'largest' %}amount DESC, a.Account_ID
{% elif sort == 'smallest' %}amount, a.Account_ID
{% else %}a.Account_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}

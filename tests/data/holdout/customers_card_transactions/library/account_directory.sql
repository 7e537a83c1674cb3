/*---
title: Account directory
description: >
  One row per account: account id, account name (a three-digit code such as 338), the
  account's details field (Regular or VIP), and the holder's customer id, name and phone.
  Optionally one account by name or id, the
  accounts of one customer id, or only Regular or only VIP accounts.
examples:
  - who owns account 858
  - list all VIP accounts
  - accounts held by customer 9
  - details on account id 4
  - account register with holders
keywords: [account, accounts, account name, account id, account number, register, directory,
           list, holder, owner, owns, owned, belongs, customer id, details, other details, tier,
           regular, vip, premium, how many accounts, all accounts]
params:
  account_name: {type: string, optional: true, label: account name}
  account_id: {type: int, optional: true, min: 1, label: account id}
  customer_id: {type: int, optional: true, min: 1, label: holder's customer id}
  tier:
    type: choice
    optional: true
    choices: [Regular, VIP]
    synonyms: {regular: Regular, standard: Regular, normal: Regular, vip: VIP, premium: VIP}
owner: "@cards-analytics"
---*/
SELECT
    a.account_id,
    a.account_name,
    a.other_account_details AS account_details,
    a.customer_id,
    c.customer_first_name AS holder_first_name,
    c.customer_last_name AS holder_last_name,
    c.customer_phone AS holder_phone
FROM Accounts AS a
LEFT JOIN Customers AS c ON c.customer_id = a.customer_id
WHERE 1 = 1
{% if account_name %}AND a.account_name = :account_name
{% endif %}{% if account_id %}AND a.account_id = :account_id
{% endif %}{% if customer_id %}AND a.customer_id = :customer_id
{% endif %}{% if tier %}AND a.other_account_details = :tier
{% endif %}ORDER BY a.account_id

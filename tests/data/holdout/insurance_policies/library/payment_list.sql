/*---
title: Payments register
description: >
  One row per payment: payment id, the settlement and claim it pays, the payment method
  (Visa, MasterCard, Discover Card, American Express), the date it was made and the amount.
  Optionally one method, one settlement, or a period in which it was paid (all by default).
  Oldest first (default), newest first, or largest first.
examples:
  - every payment with method and amount
  - payments made by amex
  - what did we pay out in January 2018
  - largest payments
  - payments against settlement 516
keywords: [payment, payments, paid, pay, payment id, method, payment method, card, visa,
           mastercard, discover, amex, american express, date, when, amount, paid out,
           processed, settlement, claim, list, each, all, largest, biggest, latest, recent,
           oldest, order]
params:
  paid_period: {type: date_range, default: since 1970-01-01, label: payment date}
  method:
    type: choice
    optional: true
    choices: [Visa, MasterCard, Discover Card, American Express]
    synonyms: {visa: Visa, mastercard: MasterCard, master card: MasterCard, mc: MasterCard,
               discover: Discover Card, discover card: Discover Card,
               amex: American Express, american express: American Express}
  settlement_id: {type: int, optional: true, min: 1, label: settlement id}
  sort:
    type: choice
    choices: [date, newest, largest]
    default: date
    synonyms: {by date: date, oldest: date, oldest first: date, ascending: date,
               chronological: date, newest: newest, latest: newest, most recent: newest,
               largest: largest, biggest: largest, highest: largest}
owner: "@finance-ops"
---*/
SELECT
    pm.Payment_ID AS payment_id,
    pm.Settlement_ID AS settlement_id,
    s.Claim_ID AS claim_id,
    pm.Payment_Method_Code AS payment_method,
    pm.Date_Payment_Made AS date_payment_made,
    pm.Amount_Payment AS amount
FROM Payments AS pm
LEFT JOIN Settlements AS s ON s.Settlement_ID = pm.Settlement_ID
WHERE pm.Date_Payment_Made BETWEEN :paid_period_start AND :paid_period_end
{% if method %}AND pm.Payment_Method_Code = :method
{% endif %}{% if settlement_id %}AND pm.Settlement_ID = :settlement_id
{% endif %}ORDER BY
{% if sort == 'newest' %}pm.Date_Payment_Made DESC, pm.Payment_ID
{% elif sort == 'largest' %}pm.Amount_Payment DESC, pm.Payment_ID
{% else %}pm.Date_Payment_Made, pm.Payment_ID
{% endif %}

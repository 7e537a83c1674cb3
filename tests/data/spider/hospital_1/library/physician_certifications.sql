/*---
title: Physician certifications
description: >
  Which procedures each physician is certified (trained) to perform, with the procedure's
  cost and the certification's start and expiry dates; costliest first. Optionally for one
  physician, or only procedures costing more than an amount.
examples:
  - what is Christopher Turk certified for
  - certifications expiring this year
  - who is trained to do Complete Walletectomy
  - doctors certified in procedures over 4000
  - training records of surgeons
keywords: [certified, certification, certifications, trained, training, qualified,
           qualification, procedure, procedures, treatment, expiry, expires, physician,
           doctor, surgeon]
params:
  physician: {type: string, optional: true, label: physician name}
  cost_above: {type: number, optional: true, min: 0, label: procedure costing more than}
owner: "@clinical-analytics"
---*/
SELECT
    ph.Name AS physician,
    pr.Name AS procedure,
    pr.Cost AS cost,
    t.CertificationDate AS certified_on,
    t.CertificationExpires AS expires_on
FROM Trained_In AS t
JOIN Physician AS ph ON ph.EmployeeID = t.Physician
JOIN Procedures AS pr ON pr.Code = t.Treatment
WHERE TRUE
{% if physician %}  AND ph.Name = :physician
{% endif %}{% if cost_above %}  AND pr.Cost > :cost_above
{% endif %}ORDER BY pr.Cost DESC, ph.Name

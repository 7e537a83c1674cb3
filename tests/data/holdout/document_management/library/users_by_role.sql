/*---
title: Users per role
description: >
  One row per user role (DBA, PROJ-MGR) with its description, the number of users holding
  it and how many of them are logged in right now. Optionally counting only users who are
  logged in, or only those logged out. Most users first.
examples:
  - how many users does each role have
  - head count by role
  - which role do most of the online users have
  - role breakdown of people who are logged out
keywords: [role, roles, role code, role description, users, user count, accounts, per role,
           by role, most common role, dba, project manager]
params:
  login_status:
    type: choice
    optional: true
    label: login status
    choices: [logged_in, logged_out]
    synonyms: {logged in: logged_in, online: logged_in, signed in: logged_in,
               active session: logged_in, logged out: logged_out, offline: logged_out,
               not logged in: logged_out, signed out: logged_out}
owner: "@records-team"
---*/
SELECT r.role_code, r.role_description, COUNT(u.user_id) AS users,
       COUNT(u.user_id) FILTER (WHERE u.user_login = '1') AS logged_in_now
FROM Roles AS r
LEFT JOIN Users AS u ON u.role_code = r.role_code
{% if login_status == 'logged_in' %}AND u.user_login = '1'
{% elif login_status == 'logged_out' %}AND u.user_login = '0'
{% endif %}GROUP BY r.role_code, r.role_description
ORDER BY users DESC, r.role_code

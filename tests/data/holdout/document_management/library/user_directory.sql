/*---
title: User accounts
description: >
  One row per user account of the document system: user id, username, role code, role
  description and whether the user is logged in now. Credentials are never shown.
  Optionally one username, one role, or only users logged in (or logged out).
examples:
  - list all user accounts
  - who is online in the document system right now
  - which accounts are project managers
  - what role does lynn.haley have
  - number of users signed out
keywords: [user, users, username, usernames, account, accounts, login, logged in, online,
           people, members, staff, who]
params:
  user: {type: string, optional: true, label: username}
  role:
    type: choice
    optional: true
    label: role
    choices: [DBA, PROJ-MGR]
    synonyms: {dba: DBA, dbas: DBA, database administrator: DBA,
               database administrators: DBA, project manager: PROJ-MGR,
               project managers: PROJ-MGR, pm: PROJ-MGR, pms: PROJ-MGR}
  login_status:
    type: choice
    optional: true
    label: login status
    choices: [logged_in, logged_out]
    synonyms: {logged in: logged_in, online: logged_in, signed in: logged_in,
               logged out: logged_out, offline: logged_out, not logged in: logged_out,
               signed out: logged_out}
owner: "@records-team"
---*/
SELECT u.user_id, u.user_name AS username, u.role_code, r.role_description,
       CASE WHEN u.user_login = '1' THEN 'yes' ELSE 'no' END AS logged_in
FROM Users AS u
LEFT JOIN Roles AS r ON r.role_code = u.role_code
WHERE 1 = 1
{% if user %}AND u.user_name = :user
{% endif %}{% if role %}AND u.role_code = :role
{% endif %}{% if login_status == 'logged_in' %}AND u.user_login = '1'
{% elif login_status == 'logged_out' %}AND u.user_login = '0'
{% endif %}ORDER BY u.user_id

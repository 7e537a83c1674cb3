"""The ticket queue: what becomes of a request no query answers, and the audit trail.

- `models` (tables), `views` (the frozen views services return);
- `store` (one transaction per operation), `lifecycle` (the transitions and their rules),
  `service.TicketService` (creation, reads, records: what the app, the scheduler and the CLI
  call);
- `rotation` (who gets a new ticket), `roster_file` (the YAML) and `roster` (in the database);
- `stats` (queue numbers), `demand` (recurring unanswered requests);
- `audit` (writing the request log and query runs, secrets redacted) and `audit_query`
  (reading the trail back for `datarequest audit`).
"""

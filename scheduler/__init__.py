"""The scheduler: standup digests, check-ins, deadline reminders and reports, posted once.

- `config` (the model and the rules of one schedule), `config_file` (SCHEDULES_FILE with
  `file:line` problems), `cron` (crontab lines as triggers), `checks` (report schedules against
  the query library);
- `slots` computes when schedules are due (pure functions);
- `core.Scheduler` runs a tick (claim each due slot in the database, then post), `jobs` is what
  each kind of schedule does, `delivery` sends each message exactly once, `preview` collects the
  messages of a dry run instead;
- `store` keeps the schedules made from Slack or the CLI, `standup` the digest and check-ins;
- `runner.start_scheduler` drives the tick from APScheduler.

Dependencies point one way: runner -> core -> jobs, store -> config; nothing here imports the CLI.
"""

"""The scheduler: standup digests, check-ins, deadline reminders and reports, posted once.

`scheduler.slots` computes when schedules are due (pure functions), `scheduler.core.Scheduler`
runs a tick (claim each due slot in the database, then post), `scheduler.delivery` sends each
message exactly once, `scheduler.runner.start_scheduler` drives the tick from APScheduler.
"""

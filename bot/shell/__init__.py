"""A local chat adapter: the Slack app's own listeners and scheduler, driven from a terminal.

`datarequest shell` builds the same Bolt app as `datarequest serve` (`bot.slack.app.create_app`)
and the same scheduler, but its Web API client points at `LocalSlack`, an in-process stand-in
for Slack on loopback that keeps what the bot posts and shows it as text. What a person types
becomes the payloads Slack would send (slash commands, `block_actions`, `view_submission`).
"""

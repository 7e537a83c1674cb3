"""Rendering: Block Kit for Slack messages (one module per message kind) and terminal output.

`blocks` holds the shared helpers and Slack's limits; `results`, `tickets` and `home` build the
Slack messages, modals and App Home; other modules render digests and terminal tables. Builders
return plain dicts and never import Slack.
"""

"""The Slack edge: the app, its processes and the Block Kit rendering; nothing below imports it."""

"""datarequest core: query library, matcher, engines, tickets and rendering.

Nothing in this package imports Slack except the app wiring (`bot.slack.app`); services take
and return plain dataclasses so the Slack handlers, the scheduler and the CLI share them.
"""

__version__ = "0.1.0"

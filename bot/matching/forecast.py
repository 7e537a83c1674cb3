"""A question asked in the future tense asks for a forecast ("what will revenue be in
December?", "how many signups will we get next week?"): no query of a library over past data
answers it, so it is a ticket, whatever words it shares with a query (docs/starter-library.md:
a forecast or a model is a ticket). "Will you send …" is a polite request, no forecast.
General English only.
"""

from __future__ import annotations

import re

# The question word and its future auxiliary in one clause.
_FORECAST_QUESTION = re.compile(
    r"\b(?:what|how\s+(?:many|much|big|high|low)|which|when|who)\b[^.?!;:\n]{0,60}?"
    r"(?:\bwill|'ll|\b(?:is|are)\s+going\s+to|\bgonna)\b"
    r"(?!\s+(?:you|u|someone|somebody|anyone|anybody|the\s+bot)\b)",
    re.I,
)


def asks_forecast(text: str) -> bool:
    """`text` asks a question in the future tense (see the module docstring)."""
    return bool(_FORECAST_QUESTION.search(text.replace("’", "'")))

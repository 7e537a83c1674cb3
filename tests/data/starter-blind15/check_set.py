"""Checks this folder's requests.jsonl against the starter library and the demo warehouse,
without product code, by the rules of ../starter-blind3/check_set.py (the same checker, run on
this set's lines; it also refuses two lines with the same text).

    python tests/data/starter-blind15/check_set.py W
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).parent

if __name__ == "__main__":
    checker = runpy.run_path(str(HERE.parent / "starter-blind3" / "check_set.py"))["main"]
    checker.__globals__["REQUESTS"] = HERE / "requests.jsonl"
    sys.exit(checker(sys.argv))

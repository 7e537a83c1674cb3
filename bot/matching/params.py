"""Parameter values: found in a request's words, typed in a form, or taken from defaults.

Everything here speaks "binds": the JSON-friendly bind parameters a query sends to its engine
(`period_start`/`period_end` as ISO dates, ints, strings, bools, None for an unset optional).
`validate_binds` is the gate every value passes before a query runs: a choice must be one of
its choices, a number within its range, a string must match its pattern.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from bot.errors import UserFacingError
from bot.language.textnorm import STOPWORDS, clean, stem, words
from bot.library.loader import ParamDef, QueryDef

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_DIGITS = re.compile(r"(?<![\w.])#?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(k|m)?(?![\w@])", re.I)
_QUOTED = re.compile(r"[\"“']([^\"”']{2,80})[\"”']")
# Codes with letters and digits ("X4P9LM", "SKU-1182"), not ordinals or "100k".
ID_CODE_RE = re.compile(
    r"(?<![\w@.])(?!\d+(?:st|nd|rd|th|k|m|am|pm)\b)(?=[A-Za-z0-9_\-]*\d)(?=[A-Za-z0-9_\-]*[A-Za-z])"
    r"[A-Za-z0-9][A-Za-z0-9_\-]{3,}(?![\w@])"
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}

# Words after which a number is a count of rows to show (top 20, first five).
_RANK_WORDS = {
    "top",
    "bottom",
    "first",
    "best",
    "worst",
    "biggest",
    "largest",
    "smallest",
    "highest",
    "lowest",
}
# Words before a number that make it a filter bound ("under 25 units", "more than 3 days").
_COMPARATORS = {
    "under",
    "below",
    "over",
    "above",
    "than",
    "least",
    "most",
    "exceeding",
    "max",
    "min",
    "threshold",
}
_RANK_PARAM_NAMES = {"n", "limit", "top", "top_n", "count", "k", "num", "size", "rows"}
_ORDINAL = re.compile(
    r"(?:[a-z]+[\s-])*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]*tieth|[a-z]+th|\d+(?:st|nd|rd|th))"
)
_NEGATIONS = {"without", "excluding", "exclude", "excl", "no", "not", "minus", "except"}


@dataclass(frozen=True)
class Number:
    value: float
    start: int
    end: int
    id_like: bool  # 5+ digits or written with '#': an identifier rather than a quantity
    before: tuple[str, ...]  # up to three lower-case words before it
    after: tuple[str, ...]  # up to three lower-case words after it


@dataclass
class Entities:
    """What a request's text offers as parameter values, found once per request."""

    text: str
    periods: list[Any] = field(default_factory=list)  # bot.language.periods.Period
    numbers: list[Number] = field(default_factory=list)
    emails: list[tuple[str, int, int]] = field(default_factory=list)
    quoted: list[tuple[str, int, int]] = field(default_factory=list)
    id_tokens: list[tuple[str, int, int]] = field(default_factory=list)
    masked: str = ""  # text with period phrases, emails and numbers blanked out

    @property
    def quantities(self) -> list[Number]:
        """Numbers that ask for something: "top 20", "under 5", "within 7 days" (not ids)."""
        return [
            n
            for n in self.numbers
            if not n.id_like
            and n.before
            and (n.before[-1] in _RANK_WORDS or n.before[-1] in _COMPARATORS)
        ]

    def outside_periods(self, start: int, end: int) -> bool:
        return all(end <= p.span[0] or start >= p.span[1] for p in self.periods)


def _context(text: str, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    before = [w for w, _s, _e in words(text[max(0, start - 40) : start])][-3:]
    after = [w for w, _s, _e in words(text[end : end + 40])][:3]
    return tuple(before), tuple(after)


def find_entities(text: str, today: dt.date) -> Entities:
    from bot.language.numwords import parse_number_words
    from bot.language.periods import find_periods

    text = clean(text)  # Slack mentions and links are not values ("<@U0ALICE001>")
    ent = Entities(text=text)
    ent.periods = list(find_periods(text, today))
    taken: list[tuple[int, int]] = [p.span for p in ent.periods]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in EMAIL_RE.finditer(text):
        ent.emails.append((m.group(0), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _QUOTED.finditer(text):
        if free(m.start(), m.end()):
            ent.quoted.append((m.group(1), m.start(), m.end()))
    for m in ID_CODE_RE.finditer(text):
        if free(m.start(), m.end()):
            ent.id_tokens.append((m.group(0), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    found: list[tuple[int, int, float, bool]] = []
    for m in _DIGITS.finditer(text):
        if not free(m.start(), m.end()):
            continue
        raw = m.group(1).replace(",", "")
        value = float(raw)
        suffix = (m.group(2) or "").lower()
        value *= {"k": 1_000, "m": 1_000_000}.get(suffix, 1)
        # "#4402", "48213", "1234" are identifiers; "4,120", "10k" and years are quantities.
        id_like = m.group(0).startswith("#") or (
            len(raw) >= 4
            and raw.isdigit()
            and "," not in m.group(1)
            and not suffix
            and not (len(raw) == 4 and raw[:2] in ("19", "20"))
        )
        found.append((m.start(), m.end(), value, id_like))
    for s, e, value in parse_number_words(text):
        if _ORDINAL.fullmatch(text[s:e].strip().lower()):
            continue  # "first order", "third quarter": ordinals are not quantities
        if (
            free(s, e)
            and not any(s < b and e > a for a, b, _v, _i in found)
            and not re.fullmatch(r"[\d,.]+", text[s:e])
        ):
            found.append((s, e, float(value), False))
    for s, e, value, id_like in sorted(found):
        before, after = _context(text, s, e)
        ent.numbers.append(Number(value, s, e, id_like, before, after))
        taken.append((s, e))
    chars = list(text)
    for s, e in taken:
        chars[s:e] = " " * (e - s)
    ent.masked = "".join(chars)
    return ent


# --- choices --------------------------------------------------------------------------------


def _per_param(builder):  # type: ignore[no-untyped-def]
    """Cache a builder's result per ParamDef object (ParamDef holds a dict: not hashable)."""
    cache: dict[int, tuple[ParamDef, Any]] = {}

    def get(param: ParamDef) -> Any:
        hit = cache.get(id(param))
        if hit is None or hit[0] is not param:
            hit = cache[id(param)] = (param, builder(param))
        return hit[1]

    return get


@_per_param
def _choice_table(param: ParamDef) -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    """(pattern, choice, exact_case) per phrase that names a choice, longest phrases first."""
    phrases: dict[str, str] = {}
    for choice in param.choices:
        phrases.setdefault(choice, choice)
    for word, choice in param.synonyms.items():
        phrases.setdefault(word, choice)
    table = []
    for phrase in sorted(phrases, key=len, reverse=True):
        low = phrase.lower()
        # Short words that are also common English ("NA", "US", "it") count only as written
        # (or in capitals): "show us" is not North America.
        exact = len(low) <= 2 or low in STOPWORDS or low in {"na", "us", "it", "or", "and"}
        if exact:
            forms = sorted({phrase, phrase.upper()})
            body = "|".join(re.escape(f).replace(r"\ ", r"[\s\-_]+") for f in forms)
            pattern = re.compile(rf"(?<![\w])(?:{body})(?![\w])")
        else:
            body = re.escape(low).replace(r"\ ", r"[\s\-_]+")
            pattern = re.compile(rf"(?<![\w]){body}(?:s|es)?(?![\w])", re.I)
        table.append((pattern, phrases[phrase], exact))
    return tuple(table)


@_per_param
def _fuzzy_choices(param: ParamDef) -> dict[str, str]:
    """Lower-case phrases (5+ letters, one word) for typo-tolerant matching."""
    table = {c.lower(): c for c in param.choices if len(c) >= 5 and " " not in c}
    table.update({w.lower(): c for w, c in param.synonyms.items() if len(w) >= 5 and " " not in w})
    return table


def find_choice(param: ParamDef, text: str) -> tuple[str, int, int] | None:
    """The first choice of `param` named in `text` (value, start, end), typos tolerated."""
    best: tuple[int, int, str] | None = None
    for pattern, choice, _exact in _choice_table(param):
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end(), choice)
    if best:
        return best[2], best[0], best[1]
    fuzzy = _fuzzy_choices(param)
    if fuzzy:
        from rapidfuzz import fuzz, process

        for w, s, e in words(text):
            if len(w) < 5 or w in STOPWORDS:
                continue
            hit = process.extractOne(w, fuzzy.keys(), scorer=fuzz.ratio, score_cutoff=84)
            if hit:
                return fuzzy[hit[0]], s, e
    return None


# --- per type extraction --------------------------------------------------------------------


def _param_cues(param: ParamDef) -> set[str]:
    text = " ".join([param.name.replace("_", " "), param.label, param.description])
    return {stem(w) for w, _s, _e in words(text) if w not in STOPWORDS and not w.isdigit()}


def _pick_number(
    param: ParamDef, ent: Entities, used: set[int], n_int_params: int
) -> Number | None:
    cues = _param_cues(param)
    is_rank = param.name.lower() in _RANK_PARAM_NAMES
    best, best_score = None, 0.0
    for i, num in enumerate(ent.numbers):
        if i in used:
            continue
        if param.type == "int" and num.value != int(num.value):
            continue
        near = {stem(w) for w in num.before[-2:] + num.after[:2]}
        score = 0.0
        value = num.value
        unit = stem(num.after[0]) if num.after else ""
        cue_units = [u for u in _UNIT_DAYS if u in cues]
        if unit in _UNIT_DAYS and cue_units and unit not in cue_units:
            # "within two weeks" for a parameter counted in days
            value = value * _UNIT_DAYS[unit] / _UNIT_DAYS[cue_units[0]]
            score += 2.0
        if near & cues:
            score += 2.0
        if is_rank and num.before and num.before[-1] in _RANK_WORDS:
            score += 2.0
        elif not is_rank and num.before and num.before[-1] in _COMPARATORS:
            score += 1.5
        if num.id_like and not ({"id", "number", "no"} & cues or near & cues):
            score -= 1.5
        if n_int_params == 1:
            score += 1.0
        if param.type == "int" and value != int(value):
            continue
        if (param.min is not None and value < param.min) or (
            param.max is not None and value > param.max
        ):
            continue
        if score > best_score:
            best, best_score = (i, replace(num, value=value)), score
    if best is None:
        return None
    used.add(best[0])
    return best[1], best_score


def _pick_string(param: ParamDef, ent: Entities) -> str | None:
    pattern = re.compile(param.pattern) if param.pattern else None
    cues = _param_cues(param)
    candidates: list[tuple[float, str]] = []
    if pattern is not None:  # a word with the parameter's own shape ("ORD-SFO")
        for m in re.finditer(r"[^\s,;!?()\[\]\"']+", ent.text):
            token = m.group(0).rstrip(".:")
            if pattern.fullmatch(token):
                candidates.append((2.5, token))
    for value, _s, _e in ent.emails:
        candidates.append((3.0, value))
    for value, _s, _e in ent.quoted:
        candidates.append((2.0, value))
    for value, s, e in ent.id_tokens:
        before, after = _context(ent.text, s, e)
        candidates.append((1.5 + (1.0 if {stem(w) for w in before + after} & cues else 0), value))
    for num in ent.numbers:
        if num.value == int(num.value):
            near = {stem(w) for w in num.before[-2:] + num.after[:2]}
            raw = ent.text[num.start : num.end].lstrip("#").replace(",", "")
            candidates.append(((2.5 if near & cues else 0.5) + (0.5 if num.id_like else 0), raw))
    for _score, value in sorted(
        candidates, key=lambda c: -c[0] - (1.0 if c[0] < 2.5 or c[0] >= 3 else 0)
    ):
        if pattern is None or pattern.fullmatch(value):
            return value
    return None


# Words in a flag's name that say how, not what ("include_contractors" is about contractors).
_FLAG_VERBS = {
    "include",
    "exclude",
    "show",
    "only",
    "with",
    "without",
    "is",
    "has",
    "use",
    "add",
    "incl",
    "excl",
}


def _find_bool(param: ParamDef, text: str) -> bool | None:
    named = f"{param.name.replace('_', ' ')} {param.label}"
    cues = {stem(w) for w, _s, _e in words(named) if w not in STOPWORDS and w not in _FLAG_VERBS}
    negate = param.name.lower().startswith(("exclude", "excl", "without", "hide"))
    toks = [w for w, _s, _e in words(text)]
    for i, w in enumerate(toks):
        if stem(w) in cues:
            # "with contractors" / "including contractors" / a bare mention: the thing is in.
            present = not set(toks[max(0, i - 3) : i]) & _NEGATIONS
            return present != negate
    return None


@dataclass
class Extraction:
    binds: dict[str, Any]
    missing: list[str]
    absorbed: int  # how many distinct values the text gave this query
    period_used: bool
    # How specific the values are to this query: a named choice, a number next to its unit
    # word, an email or id count 1; a period or a number placed by elimination count less.
    evidence: float = 0.0


def extract(query: QueryDef, ent: Entities, today: dt.date) -> Extraction:
    """Fill `query`'s binds from the request; defaults for the rest; list missing required."""
    binds: dict[str, Any] = {}
    missing: list[str] = []
    absorbed = 0
    evidence = 0.0
    period_used = False
    used_numbers: set[int] = set()
    n_int = sum(1 for p in query.params if p.type in ("int", "number"))
    # Choices before numbers, numbers before strings: ids are taken by the best-fitting slot.
    order = sorted(
        query.params,
        key=lambda p: ["date_range", "date", "choice", "int", "number", "bool", "string"].index(
            p.type
        ),
    )
    for p in order:
        value: Any = None
        found = False
        if p.type in ("date_range", "date"):
            period = ent.periods[0] if ent.periods and not period_used else None
            if period is not None:
                period_used = found = True
                evidence += 0.2
                if p.type == "date_range":
                    binds[f"{p.name}_start"] = period.start.isoformat()
                    binds[f"{p.name}_end"] = period.end.isoformat()
                else:
                    binds[p.name] = point_in_time(period).isoformat()
        elif p.type == "choice":
            hit = find_choice(p, ent.masked)
            if hit:
                value, found = hit[0], True
                evidence += 1.0
        elif p.type in ("int", "number"):
            picked = _pick_number(p, ent, used_numbers, n_int)
            if picked is not None:
                num, fit = picked
                value = int(num.value) if p.type == "int" else num.value
                found = True
                evidence += 1.0 if fit >= 2 else 0.3
        elif p.type == "string":
            value = _pick_string(p, ent)
            found = value is not None
            evidence += 1.0 if found else 0.0
        elif p.type == "bool":
            value = _find_bool(p, ent.masked)
            found = value is not None
            evidence += 0.5 if found else 0.0
        if found:
            absorbed += 1
            if p.type not in ("date_range", "date"):
                binds[p.name] = value
            continue
        default_binds_for(p, today, binds)
        if p.required:
            missing.append(p.name)
    return Extraction(binds, missing, absorbed, period_used, evidence)


def point_in_time(period: Any) -> dt.date:
    """The day a single-date parameter takes from a period phrase: its end ("headcount last
    month" is as of Oct 31), or its start after "since"/"from"/"after"."""
    if re.match(r"\W*(since|from|after|starting)\b", period.text, re.I):
        return period.start
    return period.end


def default_binds_for(p: ParamDef, today: dt.date, binds: dict[str, Any]) -> None:
    """Write `p`'s default (or None when unset) into `binds`."""
    if p.type in ("date_range", "date"):
        start = end = None
        if p.default is not None:
            start, end = _resolve_date_default(p.default, today)
        if p.type == "date_range":
            binds[f"{p.name}_start"] = start.isoformat() if start else None
            binds[f"{p.name}_end"] = end.isoformat() if end else None
        else:
            since = str(p.default).lower().startswith(("since", "from", "after"))
            day = start if since else end
            binds[p.name] = day.isoformat() if day else None
    else:
        binds[p.name] = p.default


def _resolve_date_default(default: Any, today: dt.date) -> tuple[dt.date, dt.date]:
    if isinstance(default, dt.date):
        return default, default
    from bot.language.periods import parse_period

    period = parse_period(str(default), today)
    if period is None:  # the loader validated it; this is a safety net
        raise UserFacingError(f"The default period {default!r} is not understood.")
    return period.start, period.end


def default_binds(query: QueryDef, today: dt.date) -> dict[str, Any]:
    binds: dict[str, Any] = {}
    for p in query.params:
        default_binds_for(p, today, binds)
    return binds


# --- validation and form input --------------------------------------------------------------


def _label(p: ParamDef) -> str:
    return p.label or p.name.replace("_", " ")


def validate_binds(query: QueryDef, binds: dict[str, Any]) -> dict[str, Any]:
    """Check every value against its parameter; return the clean binds or raise UserFacingError."""
    clean: dict[str, Any] = {}
    for p in query.params:
        if p.type == "date_range":
            start, end = binds.get(f"{p.name}_start"), binds.get(f"{p.name}_end")
            if start is None or end is None:
                if p.required:
                    raise UserFacingError(f"Please give a period for {_label(p)}.")
                clean[f"{p.name}_start"] = clean[f"{p.name}_end"] = None
                continue
            try:
                s, e = dt.date.fromisoformat(str(start)), dt.date.fromisoformat(str(end))
            except ValueError:
                raise UserFacingError(
                    f"{_label(p).capitalize()}: dates must look like 2026-10-31."
                ) from None
            if s > e:
                raise UserFacingError(
                    f"{_label(p).capitalize()}: the start date is after the end date."
                )
            clean[f"{p.name}_start"], clean[f"{p.name}_end"] = s.isoformat(), e.isoformat()
            continue
        value = binds.get(p.name)
        if value is None or value == "":
            if p.required:
                raise UserFacingError(f"Please give a value for {_label(p)}.")
            clean[p.name] = None
            continue
        clean[p.name] = _validate_value(p, value)
    return clean


def _validate_value(p: ParamDef, value: Any) -> Any:
    label = _label(p).capitalize()
    if p.type == "date":
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise UserFacingError(f"{label}: a date must look like 2026-10-31.") from None
    if p.type == "choice":
        text = str(value).strip()
        for c in p.choices:
            if text == c or text.lower() == c.lower():
                return c
        for word, choice in p.synonyms.items():
            if text.lower() == word.lower():
                return choice
        raise UserFacingError(f"{label} must be one of: {', '.join(p.choices)}.")
    if p.type in ("int", "number"):
        try:
            if isinstance(value, bool):
                raise ValueError
            number = float(str(value).replace(",", "").strip())
            if p.type == "int":
                if number != int(number):
                    raise ValueError
                number = int(number)
        except ValueError:
            kind = "a whole number" if p.type == "int" else "a number"
            raise UserFacingError(f"{label} must be {kind}.") from None
        if p.min is not None and number < p.min:
            raise UserFacingError(f"{label} must be at least {p.min:g}.")
        if p.max is not None and number > p.max:
            raise UserFacingError(f"{label} must be at most {p.max:g}.")
        return number
    if p.type == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "yes", "y", "1", "on"):
            return True
        if text in ("false", "no", "n", "0", "off"):
            return False
        raise UserFacingError(f"{label} must be yes or no.")
    text = str(value)
    if len(text) > 500:
        raise UserFacingError(f"{label} is too long (500 characters at most).")
    if p.pattern and not re.fullmatch(p.pattern, text):
        raise UserFacingError(
            f"{label} does not look right (expected a value matching {p.pattern})."
        )
    return text


def coerce_inputs(query: QueryDef, raw: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """Turn what a person typed in a form into validated binds.

    A date_range accepts a period phrase under its own name ("last month", "2026-10-01 to
    2026-10-31") or explicit `NAME_start`/`NAME_end` dates. Empty fields fall back to defaults.
    """
    from bot.language.periods import parse_period

    binds = default_binds(query, today)
    for p in query.params:
        if p.type in ("date_range", "date"):
            phrase = raw.get(p.name)
            if phrase not in (None, ""):
                period = parse_period(str(phrase), today)
                if period is None:
                    raise UserFacingError(
                        f"{_label(p).capitalize()}: {str(phrase)[:60]!r} is not a period I understand "
                        "(try 'last month', 'Q3 2026' or '2026-10-01 to 2026-10-31')."
                    )
                if p.type == "date_range":
                    binds[f"{p.name}_start"], binds[f"{p.name}_end"] = (
                        period.start.isoformat(),
                        period.end.isoformat(),
                    )
                else:
                    binds[p.name] = point_in_time(period).isoformat()
            for b in p.bind_names:
                if raw.get(b) not in (None, ""):
                    binds[b] = raw[b]
        elif p.name in raw:
            binds[p.name] = None if raw[p.name] in ("", None) else raw[p.name]
    return validate_binds(query, binds)

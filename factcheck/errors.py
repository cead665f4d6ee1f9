"""Errors the user can act on. The CLI prints ``str(error)`` on one line and exits non-zero."""


class FactcheckError(Exception):
    """Base class: the message names the problem in one line."""

    exit_code = 2


class InputError(FactcheckError):
    """An article, file or argument that cannot be used."""


class RecordError(FactcheckError):
    """A claims database that is missing, corrupt, foreign, locked or of an unknown schema."""


class OutputError(FactcheckError):
    """A report or export that cannot be written."""


# A date the engine computes from an article's words ("in the past 3000 years") can fall off the calendar
# (years 1–9999). The claim is then unverifiable with this reason; the rest of the article is still checked.
OFF_CALENDAR = "a date it needs falls outside the calendar (years 1–9999)"


def off_calendar(exc: BaseException) -> bool:
    """Whether ``exc`` is date arithmetic running off the calendar (OverflowError, or a ValueError such as
    'year 0 is out of range'), as opposed to a bug."""
    return isinstance(exc, OverflowError) or (isinstance(exc, ValueError) and "out of range" in str(exc))

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

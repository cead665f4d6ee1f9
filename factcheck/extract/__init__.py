"""Text → claims. ``extract_claims(article, gazetteer)`` is the one entry point."""

from factcheck.extract.claims import extract_claims
from factcheck.extract.context import NO_DATE
from factcheck.extract.people import Gazetteer

__all__ = ["NO_DATE", "Gazetteer", "extract_claims"]

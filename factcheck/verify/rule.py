"""The verdict rule."""

from __future__ import annotations

from factcheck.models import Verdict

S, C, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNVERIFIABLE

"""Claim × record → Finding. Each claim's query runs under every reasonable reading of its words.

The tolerance model (also in the README):
- A claim is **supported** when any reasonable reading fits the record: which kinds the wording admits
  ("call" → phone or video; "contact"/"spoke" → any; "meeting" → in person), whether contacts outside a
  term (president-elect calls) count, whether group calls count.
- It is **contradicted** only when no reading fits *and* the record is complete for the pair over the
  period the claim covers; otherwise it is **unverifiable**, and so is a reported contact newer than the
  record's last entry for the pair ("not in the record yet").
- Disputed rows never count; extra days of one visit (``part_of``) count once, with their main row.
- A date matches a row on that day, or one day off where the row's notes name the other time zone's date.
- Durations fit if any official figure (``duration_min`` or a figure quoted in ``duration_text``) lies in
  the claimed band: "about X" ±20 % (at least ±10 min); "nearly X" 75 %…100 %; "more than X" above X up
  to 1.5·X + 30 min; "less than X" below X; a bare X ±10 %.
- "First in N years": the gap to the previous contact is N ± 0.5 ("almost N": N − 0.5 … N; "more than
  N": above N); months likewise with a half-month band.
- Frequencies: contacts / years of the period within ± 0.5 of the claimed rate.
"""

from factcheck.verify.compose import compose
from factcheck.verify.measure import band, count_fits, fmt_minutes, months_between, official_durations, years_between
from factcheck.verify.readings import Reading, Side
from factcheck.verify.verifier import REPORTED_SLACK, Verifier
from factcheck.verify.words import KIND_WORDS, ordinal_word

__all__ = [
    "KIND_WORDS",
    "REPORTED_SLACK",
    "Reading",
    "Side",
    "Verifier",
    "band",
    "compose",
    "count_fits",
    "fmt_minutes",
    "months_between",
    "official_durations",
    "ordinal_word",
    "years_between",
]

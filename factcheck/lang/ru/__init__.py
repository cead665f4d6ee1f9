"""The Russian pack: the words and phrase patterns the extractor reads Russian reporting with.

Data only. Russian forms are listed in every case and gender the press uses; every table and pattern has
a comment saying what it recognises.
"""

from factcheck.lang.ru.phrases import grammar
from factcheck.lang.ru.words import LEXICON

__all__ = ["LEXICON", "grammar"]

"""The review app (Textual). Only ``factcheck.cli`` and the scripts import this package; the core never does."""

"""One detector per claim kind: ``detect_<kind>(ctx, sentence)`` adds the sentence's claims of that kind."""

"""One module per widget of the review app."""

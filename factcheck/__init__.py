"""factcheck: check news claims about contacts between heads of state against a local record."""

__version__ = "0.1.0"

"""factcheck: find where articles about the same subject contradict each other."""

__version__ = "0.1.0"

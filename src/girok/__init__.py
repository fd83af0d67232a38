"""girok: a sourced, searchable record of North Korea's detention system."""

__version__ = "0.1.0"

"""Extraction of detention events, with their evidence, from a document's text."""

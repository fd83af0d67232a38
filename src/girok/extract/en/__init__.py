"""English: sentence splitting, triggers, temporal expressions and counts."""

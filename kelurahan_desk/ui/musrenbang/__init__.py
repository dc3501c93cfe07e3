"""Musrenbang screens: the year's cycle, proposal entry, scoring and ranking, the forum and its documents."""

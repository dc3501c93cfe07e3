"""Pure rules of the office's work: identity numbers (NIK, KK, NIP), region codes, Indonesian formats
(dates, times, rupiah, terbilang), working days, and the case and letter rules.

Plain Python only: no Qt, no SQLAlchemy, no files, no network.
Rules raise `ValidationError` with a code, or return `Finding`s for what only warns.
"""

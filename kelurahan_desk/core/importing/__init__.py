"""Readers for files that come from outside (region tables, resident lists) and safe writers for exports.

Plain Python: no SQLAlchemy, no Qt. A reader never raises on bad content; it returns what it could read
and a `RowProblem` for every row it refused, with the line number the user sees in the file.
"""

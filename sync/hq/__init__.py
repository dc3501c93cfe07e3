"""The HQ server: receives office batches, keeps every office's records and audit chain, publishes
reference data and HQ edits back. Stateless over its database (PostgreSQL, or SQLite for demos)."""

"""A change for HQ is captured in its audit row (change id, base revision, clock stamp) instead of a second
row in the outbox; `outbox` receives it when the changes are cut into batches. The changes captured before
this revision are all in `outbox` already, so the copying starts after the newest audit row.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("change_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("base_rev", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("hlc", sa.String(length=24), nullable=True))
    op.execute(
        "INSERT INTO local_state (key, value) "
        "SELECT 'outbox.filled_to', CAST(coalesce(max(seq), 0) AS TEXT) FROM audit_log"
    )


def downgrade() -> None:
    waiting = op.get_bind().execute(sa.text(
        "SELECT count(*) FROM audit_log WHERE change_id IS NOT NULL AND seq > coalesce((SELECT CAST(value AS "
        "INTEGER) FROM local_state WHERE key = 'outbox.filled_to'), 0)"
    )).scalar()
    if waiting:
        raise RuntimeError(f"{waiting} captured changes are not in the outbox yet; cut them into batches first")
    op.execute("DELETE FROM local_state WHERE key = 'outbox.filled_to'")
    with op.batch_alter_table("audit_log", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("hlc")
        batch_op.drop_column("base_rev")
        batch_op.drop_column("change_id")

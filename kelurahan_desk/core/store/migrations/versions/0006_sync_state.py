"""Sync agent state: the link to HQ, batches cut and their acknowledgements, stream cursors, HQ changes
taken in, rejected changes, conflicts, attachments HQ holds, and records HQ sent for unknown tables.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TIME = sa.String(length=32)


def upgrade() -> None:
    op.create_table(
        "sync_link",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hq_url", sa.String(length=300), nullable=False),
        sa.Column("office_code", sa.String(length=32), nullable=False),
        sa.Column("office_key_id", sa.String(length=16), nullable=False),
        sa.Column("hq_public_key", sa.LargeBinary(), nullable=False),
        sa.Column("hq_key_id", sa.String(length=16), nullable=False),
        sa.Column("enrolled_at", TIME, nullable=False),
        sa.Column("enrolled_by", sa.String(length=64), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", TIME, nullable=True),
        sa.Column("last_success_at", TIME, nullable=True),
        sa.Column("last_error", sa.String(length=200), nullable=False),
        sa.Column("clock_offset_ms", sa.Integer(), nullable=True),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("audit_status", sa.String(length=16), nullable=False),
        sa.Column("audit_alert", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_link")),
    )
    op.create_table(
        "sync_batch",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=True),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("change_count", sa.Integer(), nullable=False),
        sa.Column("audit_to", sa.Integer(), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("acked_at", TIME, nullable=True),
        sa.Column("ack_payload", sa.LargeBinary(), nullable=True),
        sa.Column("ack_signature", sa.LargeBinary(), nullable=True),
        sa.Column("applied", sa.Integer(), nullable=True),
        sa.Column("duplicates", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_batch")),
        sa.UniqueConstraint("epoch", "seq", name="uq_sync_batch_epoch_seq"),
    )
    op.create_index("ix_sync_batch_acked_at", "sync_batch", ["acked_at"])
    op.create_table(
        "sync_stream",
        sa.Column("stream", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("head", sa.Integer(), nullable=False),
        sa.Column("batches_applied", sa.Integer(), nullable=False),
        sa.Column("changes_applied", sa.Integer(), nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("stream", name=op.f("pk_sync_stream")),
    )
    op.create_table(
        "sync_applied_change",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("stream", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_sync_applied_change")),
    )
    op.create_table(
        "sync_rejection",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=128), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_rejection")),
    )
    op.create_index("ix_sync_rejection_change_id", "sync_rejection", ["change_id"])
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("decided_by", sa.String(length=8), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=128), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("winner", sa.String(length=8), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("lost_value", sa.JSON(), nullable=True),
        sa.Column("created_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_table(
        "sync_attachment",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sync_attachment")),
    )
    op.create_table(
        "sync_held_record",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=128), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_sync_held_record")),
    )


def downgrade() -> None:
    for table in ("sync_held_record", "sync_attachment", "sync_conflict", "sync_rejection", "sync_applied_change",
                  "sync_stream", "sync_batch", "sync_link"):
        op.drop_table(table)

"""Letters: letter types, requests and issued letters, their log and scans, yearly number counters and void numbers.

The shipped letter types are not in the schema: the letter type service adds them (under fixed ids) the
first time the types are read in an office.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("letter_event", "letter_attachment", "letter", "letter_type", "letter_number_void", "letter_counter")


def upgrade() -> None:
    op.create_table(
        "letter_counter",
        sa.Column("scope", sa.String(length=60), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_counter")),
        sa.UniqueConstraint("scope", "year", name="uq_letter_counter_scope_year"),
    )
    op.create_table(
        "letter_number_void",
        sa.Column("scope", sa.String(length=60), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=48), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_number_void")),
        sa.UniqueConstraint("scope", "year", "seq", name="uq_letter_number_void_seq"),
    )
    op.create_table(
        "letter_type",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("classification", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=150), nullable=False),
        sa.Column("service", sa.Boolean(), nullable=False),
        sa.Column("paper", sa.String(length=2), nullable=False),
        sa.Column("validity_days", sa.Integer(), nullable=True),
        sa.Column("fee", sa.Integer(), nullable=False),
        sa.Column("promised_minutes", sa.Integer(), nullable=False),
        sa.Column("requirements", sa.JSON(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("closing", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_type")),
        sa.UniqueConstraint("code", name=op.f("uq_letter_type_code")),
    )
    op.create_table(
        "letter",
        sa.Column("type_id", sa.String(length=36), nullable=False),
        sa.Column("type_code", sa.String(length=16), nullable=False),
        sa.Column("classification", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=150), nullable=False),
        sa.Column("paper", sa.String(length=2), nullable=False),
        sa.Column("service", sa.Boolean(), nullable=False),
        sa.Column("validity_days", sa.Integer(), nullable=True),
        sa.Column("field_specs", sa.JSON(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("closing", sa.Text(), nullable=False),
        sa.Column("requirements", sa.JSON(), nullable=False),
        sa.Column("resident_id", sa.String(length=36), nullable=True),
        sa.Column("holder_name", sa.String(length=100), nullable=False),
        sa.Column("holder_nik", sa.String(length=16), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("requirements_seen", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("fee", sa.Integer(), nullable=False),
        sa.Column("promised_at", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("drafted_by_id", sa.String(length=36), nullable=False),
        sa.Column("verified_at", sa.String(length=32), nullable=True),
        sa.Column("verified_by", sa.String(length=64), nullable=False),
        sa.Column("approved_at", sa.String(length=32), nullable=True),
        sa.Column("approved_by", sa.String(length=64), nullable=False),
        sa.Column("approved_by_id", sa.String(length=36), nullable=True),
        sa.Column("signatory", sa.JSON(), nullable=True),
        sa.Column("counter_scope", sa.String(length=60), nullable=True),
        sa.Column("number_year", sa.Integer(), nullable=True),
        sa.Column("number_seq", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=48), nullable=True),
        sa.Column("issued_at", sa.String(length=32), nullable=True),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("qr_payload", sa.Text(), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("archive_path", sa.String(length=200), nullable=False),
        sa.Column("printed_count", sa.Integer(), nullable=False),
        sa.Column("printed_at", sa.String(length=32), nullable=True),
        sa.Column("handed_over_at", sa.String(length=32), nullable=True),
        sa.Column("handed_over_to", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("revoked_at", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["approved_by_id"], ["account.id"], name=op.f("fk_letter_approved_by_id_account")),
        sa.ForeignKeyConstraint(["drafted_by_id"], ["account.id"], name=op.f("fk_letter_drafted_by_id_account")),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_letter_resident_id_resident")),
        sa.ForeignKeyConstraint(["type_id"], ["letter_type.id"], name=op.f("fk_letter_type_id_letter_type")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
        sa.UniqueConstraint("counter_scope", "number_year", "number_seq", name="uq_letter_counter_seq"),
        sa.UniqueConstraint("number", name=op.f("uq_letter_number")),
    )
    op.create_index("ix_letter_resident", "letter", ["resident_id"], unique=False)
    op.create_index("ix_letter_state_created", "letter", ["state", "created_at"], unique=False)
    op.create_index("ix_letter_type", "letter", ["type_id"], unique=False)
    op.create_index("ix_letter_year_issued", "letter", ["number_year", "issued_at"], unique=False)
    op.create_table(
        "letter_attachment",
        sa.Column("letter_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=150), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["letter_id"], ["letter.id"], name=op.f("fk_letter_attachment_letter_id_letter")),
        sa.ForeignKeyConstraint(["sha256"], ["attachment.sha256"], name=op.f("fk_letter_attachment_sha256_attachment")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_attachment")),
    )
    op.create_index("ix_letter_attachment_letter", "letter_attachment", ["letter_id"], unique=False)
    op.create_table(
        "letter_event",
        sa.Column("letter_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("from_state", sa.String(length=16), nullable=False),
        sa.Column("to_state", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["letter_id"], ["letter.id"], name=op.f("fk_letter_event_letter_id_letter")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_event")),
    )
    op.create_index("ix_letter_event_letter", "letter_event", ["letter_id", "at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_letter_event_letter", table_name="letter_event")
    op.drop_index("ix_letter_attachment_letter", table_name="letter_attachment")
    for name in ("ix_letter_year_issued", "ix_letter_type", "ix_letter_state_created", "ix_letter_resident"):
        op.drop_index(name, table_name="letter")
    for table in TABLES:
        op.drop_table(table)

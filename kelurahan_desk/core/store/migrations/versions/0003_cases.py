"""Citizen cases: categories (with the default tree), cases, their log and attachments, name/text search.

The default categories are shipped with the schema under fixed ids, the same in every office and at
HQ, so they need no sync; changes made afterwards go through the unit of work like any other edit.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# id, code (Open311 service code), name, parent id, sort order
DEFAULT_CATEGORIES = [
    ("kat-infrastruktur", "INFRA", "Infrastruktur", None, 10),
    ("kat-jalan", "JALAN", "Jalan rusak", "kat-infrastruktur", 11),
    ("kat-drainase", "DRAINASE", "Drainase dan banjir", "kat-infrastruktur", 12),
    ("kat-pju", "PJU", "Lampu jalan (PJU)", "kat-infrastruktur", 13),
    ("kat-fasum", "FASUM", "Fasilitas umum", "kat-infrastruktur", 14),
    ("kat-sampah", "SAMPAH", "Sampah dan kebersihan", None, 20),
    ("kat-sosial", "SOSIAL", "Sosial", None, 30),
    ("kat-administrasi", "ADMIN", "Administrasi dan layanan", None, 40),
    ("kat-informasi", "INFO", "Informasi publik", None, 50),
    ("kat-lainnya", "LAIN", "Lainnya", None, 90),
]
FTS_COLUMNS = "number, citizen_name, description, address"


def upgrade() -> None:
    op.create_table(
        "case_category",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("verify_days", sa.Integer(), nullable=True),
        sa.Column("followup_days", sa.Integer(), nullable=True),
        sa.Column("answer_days", sa.Integer(), nullable=True),
        sa.Column("reopen_days", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["case_category.id"], name=op.f("fk_case_category_parent_id_case_category")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_category")),
        sa.UniqueConstraint("code", name=op.f("uq_case_category_code")),
    )
    op.create_table(
        "citizen_case",
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("number_period", sa.String(length=4), nullable=False),
        sa.Column("number_seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("category_id", sa.String(length=36), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("resident_id", sa.String(length=36), nullable=True),
        sa.Column("citizen_name", sa.String(length=100), nullable=False),
        sa.Column("citizen_nik", sa.String(length=16), nullable=False),
        sa.Column("citizen_phone", sa.String(length=30), nullable=False),
        sa.Column("citizen_address", sa.String(length=200), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("rt", sa.Integer(), nullable=True),
        sa.Column("rw", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("info_requested", sa.Text(), nullable=False),
        sa.Column("info_purpose", sa.Text(), nullable=False),
        sa.Column("info_delivery", sa.String(length=20), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.Column("received_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("clock_started_on", sa.Date(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("due_stage", sa.String(length=16), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("assignee_id", sa.String(length=36), nullable=True),
        sa.Column("assigned_unit", sa.String(length=100), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("reject_reason", sa.Text(), nullable=False),
        sa.Column("forwarded_to", sa.String(length=150), nullable=False),
        sa.Column("duplicate_of_id", sa.String(length=36), nullable=True),
        sa.Column("reopen_until", sa.Date(), nullable=True),
        sa.Column("reopened_count", sa.Integer(), nullable=False),
        sa.Column("sla_met", sa.Boolean(), nullable=True),
        sa.Column("escalated_on", sa.Date(), nullable=True),
        sa.Column("extension_notice", sa.Text(), nullable=False),
        sa.Column("objection_filed_on", sa.Date(), nullable=True),
        sa.Column("objection_reason", sa.Text(), nullable=False),
        sa.Column("objection_due_on", sa.Date(), nullable=True),
        sa.Column("objection_answered_on", sa.Date(), nullable=True),
        sa.Column("objection_answer", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["assignee_id"], ["account.id"], name=op.f("fk_citizen_case_assignee_id_account")),
        sa.ForeignKeyConstraint(
            ["category_id"], ["case_category.id"], name=op.f("fk_citizen_case_category_id_case_category")
        ),
        sa.ForeignKeyConstraint(
            ["duplicate_of_id"], ["citizen_case.id"], name=op.f("fk_citizen_case_duplicate_of_id_citizen_case")
        ),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_citizen_case_resident_id_resident")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citizen_case")),
        sa.UniqueConstraint("number", name=op.f("uq_citizen_case_number")),
        sa.UniqueConstraint("number_period", "number_seq", name="uq_citizen_case_period_seq"),
    )
    with op.batch_alter_table("citizen_case", schema=None) as batch_op:
        batch_op.create_index("ix_case_assignee_received", ["assignee_id", "received_at"], unique=False)
        batch_op.create_index(
            "ix_case_escalated", ["escalated_on"], unique=False, sqlite_where=sa.text("escalated_on IS NOT NULL")
        )
        batch_op.create_index("ix_case_category_received", ["category_id", "received_at"], unique=False)
        batch_op.create_index("ix_case_duplicate_of", ["duplicate_of_id"], unique=False)
        batch_op.create_index("ix_case_kind_received", ["kind", "received_at"], unique=False)
        batch_op.create_index("ix_case_rw_received", ["rw", "received_at"], unique=False)
        batch_op.create_index("ix_case_received", ["received_at"], unique=False)
        batch_op.create_index("ix_case_resident", ["resident_id"], unique=False)
        batch_op.create_index(
            "ix_case_running_due", ["due_on"], unique=False, sqlite_where=sa.text("due_on IS NOT NULL")
        )
        batch_op.create_index("ix_case_state_received", ["state", "received_at"], unique=False)

    op.create_table(
        "case_event",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("from_state", sa.String(length=16), nullable=False),
        sa.Column("to_state", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["citizen_case.id"], name=op.f("fk_case_event_case_id_citizen_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_event")),
    )
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index("ix_case_event_case", ["case_id", "at"], unique=False)

    op.create_table(
        "case_attachment",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["citizen_case.id"], name=op.f("fk_case_attachment_case_id_citizen_case")),
        sa.ForeignKeyConstraint(["event_id"], ["case_event.id"], name=op.f("fk_case_attachment_event_id_case_event")),
        sa.ForeignKeyConstraint(["sha256"], ["attachment.sha256"], name=op.f("fk_case_attachment_sha256_attachment")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_attachment")),
    )
    with op.batch_alter_table("case_attachment", schema=None) as batch_op:
        batch_op.create_index("ix_case_attachment_case", ["case_id"], unique=False)

    categories = sa.table(
        "case_category",
        sa.column("id", sa.String),
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("parent_id", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
        sa.column("rev", sa.Integer),
    )
    op.bulk_insert(
        categories,
        [
            {"id": i, "code": c, "name": n, "parent_id": p, "sort_order": o, "active": True, "rev": 1}
            for i, c, n, p, o in DEFAULT_CATEGORIES
        ],
    )
    op.execute(
        f"CREATE VIRTUAL TABLE case_fts USING fts5({FTS_COLUMNS}, "
        "content='citizen_case', content_rowid='rowid', tokenize='trigram')"
    )
    new_values = "new.rowid, new.number, new.citizen_name, new.description, new.address"
    old_values = "'delete', old.rowid, old.number, old.citizen_name, old.description, old.address"
    op.execute(
        "CREATE TRIGGER case_fts_insert AFTER INSERT ON citizen_case BEGIN "
        f"INSERT INTO case_fts(rowid, {FTS_COLUMNS}) VALUES ({new_values}); END"
    )
    op.execute(
        "CREATE TRIGGER case_fts_delete AFTER DELETE ON citizen_case BEGIN "
        f"INSERT INTO case_fts(case_fts, rowid, {FTS_COLUMNS}) VALUES ({old_values}); END"
    )
    op.execute(
        f"CREATE TRIGGER case_fts_update AFTER UPDATE OF {FTS_COLUMNS} ON citizen_case BEGIN "
        f"INSERT INTO case_fts(case_fts, rowid, {FTS_COLUMNS}) VALUES ({old_values}); "
        f"INSERT INTO case_fts(rowid, {FTS_COLUMNS}) VALUES ({new_values}); END"
    )


def downgrade() -> None:
    for trigger in ("case_fts_insert", "case_fts_delete", "case_fts_update"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE case_fts")
    op.drop_table("case_attachment")
    op.drop_table("case_event")
    op.drop_table("citizen_case")
    op.drop_table("case_category")

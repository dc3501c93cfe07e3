"""Participation and empowerment: musrenbang cycles, phases, proposals (scores, progress, photos) and
forum attendance; the UMKM registry (businesses, their letters and photos); skills training
(programmes, sessions, registrations with waiting list, attendance, certificates, outcomes).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "musrenbang_cycle",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("forum_on", sa.Date(), nullable=True),
        sa.Column("forum_time", sa.String(length=5), nullable=False),
        sa.Column("forum_place", sa.String(length=200), nullable=False),
        sa.Column("chair_name", sa.String(length=100), nullable=False),
        sa.Column("secretary_name", sa.String(length=100), nullable=False),
        sa.Column("conclusions", sa.Text(), nullable=False),
        sa.Column("berita_acara_number", sa.String(length=48), nullable=False),
        sa.Column("berita_acara_on", sa.Date(), nullable=True),
        sa.Column("berita_acara_qr", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_musrenbang_cycle")),
        sa.UniqueConstraint("year", name=op.f("uq_musrenbang_cycle_year")),
    )
    op.create_table(
        "training_programme",
        sa.Column("title", sa.String(length=150), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("organiser", sa.String(length=150), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("quota", sa.Integer(), nullable=False),
        sa.Column("target_group", sa.String(length=200), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=True),
        sa.Column("max_age", sa.Integer(), nullable=True),
        sa.Column("allowed_rws", sa.JSON(), nullable=False),
        sa.Column("min_attendance_percent", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_programme")),
    )
    op.create_table(
        "musrenbang_phase",
        sa.Column("cycle_id", sa.String(length=36), nullable=False),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("entered_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["musrenbang_cycle.id"], name=op.f("fk_musrenbang_phase_cycle_id_musrenbang_cycle")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_musrenbang_phase")),
        sa.UniqueConstraint("cycle_id", "phase", name="uq_musrenbang_phase_cycle_phase"),
    )
    op.create_table(
        "training_session",
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=False),
        sa.Column("end_time", sa.String(length=5), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["training_programme.id"],
            name=op.f("fk_training_session_programme_id_training_programme"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
        sa.UniqueConstraint("programme_id", "number", name="uq_training_session_programme_number"),
    )
    op.create_table(
        "forum_attendee",
        sa.Column("cycle_id", sa.String(length=36), nullable=False),
        sa.Column("resident_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("origin", sa.String(length=100), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("is_delegate", sa.Boolean(), nullable=False),
        sa.Column("delegate_order", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["musrenbang_cycle.id"], name=op.f("fk_forum_attendee_cycle_id_musrenbang_cycle")
        ),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_forum_attendee_resident_id_resident")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_attendee")),
    )
    with op.batch_alter_table("forum_attendee", schema=None) as batch_op:
        batch_op.create_index("ix_forum_attendee_cycle", ["cycle_id", "added_at"], unique=False)

    op.create_table(
        "musrenbang_proposal",
        sa.Column("cycle_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("activity", sa.String(length=300), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("rt", sa.Integer(), nullable=True),
        sa.Column("rw", sa.Integer(), nullable=True),
        sa.Column("volume", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("estimated_cost", sa.BigInteger(), nullable=False),
        sa.Column("swadaya", sa.BigInteger(), nullable=False),
        sa.Column("beneficiaries", sa.Integer(), nullable=True),
        sa.Column("proposer_kind", sa.String(length=10), nullable=False),
        sa.Column("proposer_resident_id", sa.String(length=36), nullable=True),
        sa.Column("proposer_name", sa.String(length=200), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=True),
        sa.Column("status_note", sa.Text(), nullable=False),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("carried_from_id", sa.String(length=36), nullable=True),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("override_rank", sa.Integer(), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("override_by", sa.String(length=64), nullable=False),
        sa.Column("override_at", sa.String(length=32), nullable=True),
        sa.Column("override_order", sa.Integer(), nullable=False),
        sa.Column("budget_amount", sa.BigInteger(), nullable=True),
        sa.Column("progress_percent", sa.Integer(), nullable=False),
        sa.Column("work_started_on", sa.Date(), nullable=True),
        sa.Column("work_done_on", sa.Date(), nullable=True),
        sa.Column("entered_at", sa.String(length=32), nullable=False),
        sa.Column("entered_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["musrenbang_proposal.id"],
            name=op.f("fk_musrenbang_proposal_carried_from_id_musrenbang_proposal"),
        ),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["musrenbang_cycle.id"], name=op.f("fk_musrenbang_proposal_cycle_id_musrenbang_cycle")
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["musrenbang_proposal.id"],
            name=op.f("fk_musrenbang_proposal_merged_into_id_musrenbang_proposal"),
        ),
        sa.ForeignKeyConstraint(
            ["proposer_resident_id"], ["resident.id"], name=op.f("fk_musrenbang_proposal_proposer_resident_id_resident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_musrenbang_proposal")),
        sa.UniqueConstraint("cycle_id", "number", name="uq_musrenbang_proposal_cycle_number"),
    )
    with op.batch_alter_table("musrenbang_proposal", schema=None) as batch_op:
        batch_op.create_index("ix_proposal_carried_from", ["carried_from_id"], unique=False)
        batch_op.create_index("ix_proposal_cycle_field", ["cycle_id", "field", "status"], unique=False)
        batch_op.create_index("ix_proposal_merged_into", ["merged_into_id"], unique=False)
        batch_op.create_index("ix_proposal_proposer", ["proposer_resident_id"], unique=False)

    op.create_table(
        "training_registration",
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("resident_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("registered_at", sa.String(length=32), nullable=False),
        sa.Column("registered_by", sa.String(length=64), nullable=False),
        sa.Column("status_changed_at", sa.String(length=32), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["training_programme.id"],
            name=op.f("fk_training_registration_programme_id_training_programme"),
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_training_registration_resident_id_resident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_registration")),
        sa.UniqueConstraint("programme_id", "resident_id", name="uq_training_registration_programme_resident"),
    )
    with op.batch_alter_table("training_registration", schema=None) as batch_op:
        batch_op.create_index("ix_training_registration_queue", ["programme_id", "status", "seq"], unique=False)
        batch_op.create_index("ix_training_registration_resident", ["resident_id"], unique=False)

    op.create_table(
        "umkm_business",
        sa.Column("name", sa.String(length=150, collation="NOCASE"), nullable=False),
        sa.Column("owner_resident_id", sa.String(length=36), nullable=False),
        sa.Column("sector", sa.String(length=30), nullable=False),
        sa.Column("products", sa.String(length=300), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("rt", sa.Integer(), nullable=True),
        sa.Column("rw", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("capital", sa.BigInteger(), nullable=True),
        sa.Column("yearly_sales", sa.BigInteger(), nullable=True),
        sa.Column("size_class", sa.String(length=10), nullable=False),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("started_year", sa.Integer(), nullable=True),
        sa.Column("nib", sa.String(length=13), nullable=False),
        sa.Column("nib_status", sa.String(length=10), nullable=False),
        sa.Column("nib_issued_on", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("registered_at", sa.String(length=32), nullable=False),
        sa.Column("registered_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_resident_id"], ["resident.id"], name=op.f("fk_umkm_business_owner_resident_id_resident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_umkm_business")),
    )
    with op.batch_alter_table("umkm_business", schema=None) as batch_op:
        batch_op.create_index("ix_umkm_business_name", ["name"], unique=False)
        batch_op.create_index("ix_umkm_business_owner", ["owner_resident_id"], unique=False)
        batch_op.create_index("ix_umkm_business_place", ["rw", "rt"], unique=False)
        batch_op.create_index("ix_umkm_business_sector", ["sector", "size_class"], unique=False)

    op.create_table(
        "proposal_progress",
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["musrenbang_proposal.id"],
            name=op.f("fk_proposal_progress_proposal_id_musrenbang_proposal"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_progress")),
    )
    with op.batch_alter_table("proposal_progress", schema=None) as batch_op:
        batch_op.create_index("ix_proposal_progress_proposal", ["proposal_id", "reported_on"], unique=False)

    op.create_table(
        "proposal_score",
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("criterion", sa.String(length=30), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("scored_by", sa.String(length=64), nullable=False),
        sa.Column("scored_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["musrenbang_proposal.id"], name=op.f("fk_proposal_score_proposal_id_musrenbang_proposal")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_score")),
        sa.UniqueConstraint("proposal_id", "criterion", name="uq_proposal_score_proposal_criterion"),
    )
    op.create_table(
        "training_attendance",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("registration_id", sa.String(length=36), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["training_registration.id"],
            name=op.f("fk_training_attendance_registration_id_training_registration"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["training_session.id"], name=op.f("fk_training_attendance_session_id_training_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_attendance")),
        sa.UniqueConstraint("session_id", "registration_id", name="uq_training_attendance_session_registration"),
    )
    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.create_index("ix_training_attendance_registration", ["registration_id"], unique=False)

    op.create_table(
        "training_certificate",
        sa.Column("registration_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=48), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("qr_text", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.String(length=32), nullable=False),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["training_registration.id"],
            name=op.f("fk_training_certificate_registration_id_training_registration"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_certificate")),
        sa.UniqueConstraint("number", name=op.f("uq_training_certificate_number")),
        sa.UniqueConstraint("registration_id", name=op.f("uq_training_certificate_registration_id")),
    )
    op.create_table(
        "training_outcome",
        sa.Column("registration_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("business_id", sa.String(length=36), nullable=True),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["business_id"], ["umkm_business.id"], name=op.f("fk_training_outcome_business_id_umkm_business")
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["training_registration.id"],
            name=op.f("fk_training_outcome_registration_id_training_registration"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_outcome")),
    )
    with op.batch_alter_table("training_outcome", schema=None) as batch_op:
        batch_op.create_index("ix_training_outcome_registration", ["registration_id"], unique=False)

    op.create_table(
        "umkm_business_letter",
        sa.Column("business_id", sa.String(length=36), nullable=False),
        sa.Column("letter_id", sa.String(length=36), nullable=True),
        sa.Column("letter_number", sa.String(length=48), nullable=False),
        sa.Column("letter_kind", sa.String(length=30), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("linked_at", sa.String(length=32), nullable=False),
        sa.Column("linked_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["business_id"], ["umkm_business.id"], name=op.f("fk_umkm_business_letter_business_id_umkm_business")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_umkm_business_letter")),
        sa.UniqueConstraint("business_id", "letter_number", name="uq_umkm_business_letter_number"),
    )
    with op.batch_alter_table("umkm_business_letter", schema=None) as batch_op:
        batch_op.create_index("ix_umkm_business_letter_letter", ["letter_id"], unique=False)

    op.create_table(
        "umkm_business_photo",
        sa.Column("business_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["business_id"], ["umkm_business.id"], name=op.f("fk_umkm_business_photo_business_id_umkm_business")
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["attachment.sha256"], name=op.f("fk_umkm_business_photo_sha256_attachment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_umkm_business_photo")),
    )
    with op.batch_alter_table("umkm_business_photo", schema=None) as batch_op:
        batch_op.create_index("ix_umkm_business_photo_business", ["business_id"], unique=False)

    op.create_table(
        "proposal_photo",
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("progress_id", sa.String(length=36), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["progress_id"], ["proposal_progress.id"], name=op.f("fk_proposal_photo_progress_id_proposal_progress")
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["musrenbang_proposal.id"], name=op.f("fk_proposal_photo_proposal_id_musrenbang_proposal")
        ),
        sa.ForeignKeyConstraint(["sha256"], ["attachment.sha256"], name=op.f("fk_proposal_photo_sha256_attachment")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_photo")),
    )
    with op.batch_alter_table("proposal_photo", schema=None) as batch_op:
        batch_op.create_index("ix_proposal_photo_proposal", ["proposal_id"], unique=False)


def downgrade() -> None:
    op.drop_table("proposal_photo")
    op.drop_table("umkm_business_photo")
    op.drop_table("umkm_business_letter")
    op.drop_table("training_outcome")
    op.drop_table("training_certificate")
    op.drop_table("training_attendance")
    op.drop_table("proposal_score")
    op.drop_table("proposal_progress")
    op.drop_table("umkm_business")
    op.drop_table("training_registration")
    op.drop_table("musrenbang_proposal")
    op.drop_table("forum_attendee")
    op.drop_table("training_session")
    op.drop_table("musrenbang_phase")
    op.drop_table("training_programme")
    op.drop_table("musrenbang_cycle")

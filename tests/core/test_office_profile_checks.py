"""The office's data is checked field by field: every problem is found at once, the first one refuses a save."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kelurahan_desk.core.demo.office import DEMO_OFFICE
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.office import check_profile, profile_problems


def test_a_good_profile_has_no_problems() -> None:
    assert profile_problems(DEMO_OFFICE) == []
    check_profile(DEMO_OFFICE)


def test_every_problem_is_found_in_the_order_the_forms_show_them() -> None:
    broken = replace(
        DEMO_OFFICE,
        code="32.73.01.2001",  # a desa, not a kelurahan
        city_name=" ",
        village_name="",
        email="kantor@",
        postcode="4015",
        lurah_nip="1978 0315",
        emblem_png=b"GIF89a",
    )
    problems = profile_problems(broken)
    assert [(problem.field, problem.code) for problem in problems] == [
        ("code", "office_code_not_kelurahan"),
        ("city_name", "required"),
        ("village_name", "required"),
        ("email", "email_format"),
        ("postcode", "postcode_format"),
        ("lurah_nip", "nip_length"),
        ("emblem_png", "emblem_not_png"),
    ]
    with pytest.raises(ValidationError) as refused:
        check_profile(broken)
    assert (refused.value.field, refused.value.code) == ("code", "office_code_not_kelurahan")

"""Roles from [briefmap.roles] and what each role may do (auth/roles.py)."""

from __future__ import annotations

import pytest

from auth.roles import PERMISSIONS, ROLES, RoleConfig, RolesError, allows


def test_roles_come_from_email_or_sub_case_insensitively():
    cfg = RoleConfig.from_secrets({"roles": {"admins": ["Boss@Example.org"], "editors": ["sub-7"]}})
    assert cfg.role_for({"email": "boss@example.org", "sub": "x"}) == "admin"
    assert cfg.role_for({"email": "e@example.org", "sub": "SUB-7"}) == "editor"
    assert cfg.role_for({"email": "anyone@example.org"}) == "viewer"  # no viewers list: anyone logged in


def test_a_viewers_list_lets_in_only_those_listed_and_the_editors_and_admins():
    cfg = RoleConfig.from_secrets({"roles": {"admins": ["a@x.org"], "editors": ["e@x.org"], "viewers": ["v@x.org"]}})
    assert [cfg.role_for({"email": m}) for m in ("a@x.org", "e@x.org", "v@x.org", "stranger@x.org")] == [
        "admin", "editor", "viewer", None]
    assert cfg.role_for({}) is None


@pytest.mark.parametrize("roles, message", [
    ({"editors": "e@x.org"}, "editors must be a list"),
    ({"editors": ["e@x.org", 3]}, "editors must be a list"),
    ({"owners": []}, r"unknown key\(s\) owners"),
    ("admins", "must be a table"),
])
def test_malformed_role_settings_are_named(roles, message):
    with pytest.raises(RolesError, match=message):
        RoleConfig.from_secrets({"roles": roles})


def test_what_each_role_may_do():
    table = {role: sorted(a for a in PERMISSIONS if allows(role, a)) for role in (None, *ROLES)}
    assert table[None] == []
    assert table["viewer"] == ["export", "view"]
    assert table["editor"] == ["draw", "edit", "export", "import", "view"]
    assert table["admin"] == sorted(PERMISSIONS)
    with pytest.raises(KeyError):
        allows("admin", "delete_everything")

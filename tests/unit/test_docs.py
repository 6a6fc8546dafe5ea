"""Documentation stays true: every layer and every code folder is in the README."""

from __future__ import annotations

from pathlib import Path

from layers.registry import LAYERS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_layer_is_documented():
    missing = [spec.id for spec in LAYERS if f"`{spec.id}`" not in README]
    assert not missing, f"layers missing from README.md: {missing}"


def test_every_package_is_in_the_code_map():
    packages = sorted(p.parent.name for p in ROOT.glob("*/__init__.py"))
    missing = [p for p in packages if f"`{p}/`" not in README]
    assert not missing, f"folders missing from README.md's code map: {missing}"


def test_readme_gives_the_two_commands():
    assert "bash scripts/run.sh" in README
    assert "bash scripts/test.sh" in README

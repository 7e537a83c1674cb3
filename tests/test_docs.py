"""The public contracts live in docs/; when the shared spec sits beside the checkout, they agree."""

from __future__ import annotations

import pytest
from support import DOCS, REPO_ROOT

SHARED_SPEC = REPO_ROOT.parent / "shared" / "spec"
CONTRACTS = [
    "query-library.md",
    "starter-library.md",
    "team-and-schedules.md",
    "requests-public.jsonl",
]


@pytest.mark.parametrize("name", CONTRACTS)
def test_contract_is_in_docs(name: str) -> None:
    assert (DOCS / name).is_file()


def test_docs_agree_with_the_shared_spec_when_present() -> None:
    shared = sorted(p.name for p in SHARED_SPEC.glob("*")) if SHARED_SPEC.is_dir() else []
    for name in shared:
        assert (DOCS / name).read_bytes() == (SHARED_SPEC / name).read_bytes(), (
            f"docs/{name} differs from {SHARED_SPEC / name}: copy it again"
        )


def test_readme_and_env_example_point_at_docs() -> None:
    for name in ("README.md", ".env.example"):
        text = (REPO_ROOT / name).read_text()
        assert "spec/" not in text, f"{name} still points at spec/ (the contracts are in docs/)"


def test_the_readme_picture_exists() -> None:
    import re

    text = (REPO_ROOT / "README.md").read_text()
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert images and all((REPO_ROOT / image).is_file() for image in images)

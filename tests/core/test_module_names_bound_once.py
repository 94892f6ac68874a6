"""No module of Mask's packages binds a top-level name twice by accident: a second ``_DATE = ...``
in a long module silently replaces the first for every function that reads it (it happened: a
label shape's date check replaced the date-of-birth pattern). A rebinding that extends the name
with itself (``WORDS = WORDS | MORE``) is deliberate and allowed."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted(
    p for pattern in ("core/src/**/*.py", "plugins/*/src/**/*.py", "adapters/*/src/**/*.py") for p in ROOT.glob(pattern)
)


def _bound_twice(tree: ast.Module) -> list[str]:
    counts: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
            continue
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        reads = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
        for target in targets:
            if isinstance(target, ast.Name) and target.id not in reads and target.id != "__all__":
                counts[target.id] += 1
    return sorted(name for name, n in counts.items() if n > 1)


def test_there_are_modules() -> None:
    assert len(MODULES) > 100


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_check_finds_a_second_binding() -> None:
    tree = ast.parse("_DATE = 1\ndef f(): return _DATE\n_DATE = 2\nWORDS = {1}\nWORDS = WORDS | {2}\n")
    assert _bound_twice(tree) == ["_DATE"]

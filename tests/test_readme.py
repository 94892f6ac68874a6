"""The README's code stays true: its Python blocks run, its TOML blocks are valid configs.

Blocks that drive an agent framework need a model; they are run, with a scripted model, by
``examples/*_agent.py`` (tests/test_examples.py): here their imports run, so every name they
take from Mask exists.
"""

from __future__ import annotations

import ast
import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

from mask.core import load_config

README = Path(__file__).resolve().parents[1] / "README.md"
FRAMEWORK_NAMES = ("create_agent", "FunctionAgent", "InMemoryRunner")


def blocks(language: str) -> list[tuple[int, str]]:
    text = README.read_text(encoding="utf-8")
    found = []
    for match in re.finditer(rf"^```{language}\n(.*?)^```", text, re.M | re.S):
        found.append((text.count("\n", 0, match.start()) + 1, match.group(1)))
    return found


PYTHON = blocks("python")
TOML = blocks("toml")


def test_the_readme_has_code_blocks() -> None:
    assert len(PYTHON) >= 3 and len(TOML) >= 3


@pytest.mark.parametrize(("line", "source"), PYTHON, ids=[f"line{n}" for n, _ in PYTHON])
def test_python_block_runs(line: int, source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("MASK_DISABLE_PLUGINS", "spacy")
    monkeypatch.chdir(tmp_path)
    tree = ast.parse(source, filename=f"README.md:{line}", type_comments=False, feature_version=None)
    if any(name in source for name in FRAMEWORK_NAMES):
        tree.body = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
        assert tree.body, "a framework block without imports"
    code = compile(tree, f"README.md:{line}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    namespace: dict[str, Any] = {"__name__": "readme_block"}
    result = eval(code, namespace)  # a coroutine when the block awaits at top level
    if asyncio.iscoroutine(result):
        asyncio.run(result)
    if "Mask()" in source:
        namespace["mask"].close()


@pytest.mark.parametrize(("line", "source"), TOML, ids=[f"line{n}" for n, _ in TOML])
def test_toml_block_is_a_valid_config(line: int, source: str, tmp_path: Path) -> None:
    path = tmp_path / "mask.toml"
    path.write_text(source, encoding="utf-8")
    load_config(path, environ={})

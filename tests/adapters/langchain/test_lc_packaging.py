"""mask-langchain needs only mask-core and langchain-core; ``langchain`` is the optional ``agents`` extra."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[3]

WITHOUT_LANGCHAIN = r"""
import sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("langchain", "langgraph"):
            raise ModuleNotFoundError(f"No module named {name!r}")
        return None

sys.meta_path.insert(0, Block())
from langchain_core.tools import tool
from mask.core import Mask
import mask.adapters.langchain as adapter

@tool
def lookup(customer_id: str) -> str:
    "Look up."
    return "mail alice.smith@example.com"

mask = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
out = adapter.protect_tool(lookup, mask).invoke({"customer_id": "1"})
assert "alice.smith@example.com" not in out, out
assert "".join(c.text for c in adapter.reveal_stream(mask, [out[:9], out[9:]])) == "mail alice.smith@example.com"
assert not [m for m in sys.modules if m.split(".")[0] in ("langchain", "langgraph")]
try:
    adapter.MaskMiddleware
except ImportError as exc:
    assert "mask-langchain[agents]" in str(exc)
else:
    raise AssertionError("MaskMiddleware imported without langchain")
print("ok")
"""


def test_works_without_langchain_and_explains_the_extra(tmp_path: Path) -> None:
    env = {"MASK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", WITHOUT_LANGCHAIN], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"


def test_declared_dependencies() -> None:
    project = tomllib.loads((ROOT / "adapters" / "langchain" / "pyproject.toml").read_text())["project"]
    names = sorted(dep.split(">")[0].split("=")[0].strip() for dep in project["dependencies"])
    assert names == ["langchain-core", "mask-core"]
    assert [d.split(">")[0] for d in project["optional-dependencies"]["agents"]] == ["langchain"]

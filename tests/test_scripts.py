"""scripts/_env.sh: the README's commands pick a Python they may install into.

Outside a virtualenv they create and reuse a project-local .venv (a system Python may be
"externally managed", PEP 668); inside one they use it; without the venv module they print
the command that installs it. Each case runs the real script in a scratch copy of the
repository layout with a base (non-virtualenv) interpreter first on PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
BASE_PYTHON = Path(getattr(sys, "_base_executable", sys.executable)).resolve()
PROBE = '. scripts/_env.sh; mask_python; echo "PY=$PY OWN=$MASK_OWN_VENV VENV=${VIRTUAL_ENV:-}"'


def _layout(tmp_path: Path) -> tuple[Path, Path]:
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "_env.sh", repo / "scripts" / "_env.sh")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(BASE_PYTHON)
    return repo, bin_dir


def _run(repo: Path, bin_dir: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHON", "PYTHONPATH")}
    env["PATH"] = f"{bin_dir}:/usr/bin:/bin"
    env.update(extra)
    return subprocess.run(["bash", "-c", PROBE], cwd=repo, capture_output=True, text=True, env=env)


def test_outside_a_virtualenv_a_project_local_venv_is_created_then_reused(tmp_path: Path) -> None:
    repo, bin_dir = _layout(tmp_path)
    first = _run(repo, bin_dir)
    assert first.returncode == 0, first.stderr
    venv_python = repo / ".venv" / "bin" / "python"
    assert f"PY={venv_python} OWN=1 VENV={repo / '.venv'}" in first.stdout
    assert "creating" in first.stderr
    check = subprocess.run(
        [str(venv_python), "-c", "import sys, pip; print(sys.prefix != sys.base_prefix)"],
        capture_output=True,
        text=True,
    )
    assert check.stdout.strip() == "True"  # a real virtualenv with pip, whatever the system Python allows
    second = _run(repo, bin_dir)
    assert second.returncode == 0 and "creating" not in second.stderr
    assert f"PY={venv_python} OWN=1" in second.stdout


def test_inside_a_virtualenv_that_one_is_used(tmp_path: Path) -> None:
    repo, bin_dir = _layout(tmp_path)
    out = _run(repo, bin_dir, VIRTUAL_ENV=str(tmp_path / "somewhere"))
    assert out.returncode == 0, out.stderr
    assert f"PY={bin_dir / 'python3'} OWN=0" in out.stdout
    assert not (repo / ".venv").exists()


def test_python_names_an_interpreter_used_as_it_is(tmp_path: Path) -> None:
    repo, bin_dir = _layout(tmp_path)
    out = _run(repo, bin_dir, PYTHON="/opt/my/python")
    assert out.returncode == 0 and "PY=/opt/my/python OWN=0" in out.stdout
    assert not (repo / ".venv").exists()


def test_without_the_venv_module_the_install_command_is_printed(tmp_path: Path) -> None:
    repo, bin_dir = _layout(tmp_path)
    fake = tmp_path / "no-venv"
    fake.mkdir()
    (fake / "venv.py").write_text("raise ImportError('no venv module here')\n")
    (bin_dir / "id").write_text('#!/bin/sh\nif [ "$1" = "-u" ]; then echo 1000; else exec /usr/bin/id "$@"; fi\n')
    (bin_dir / "id").chmod(0o755)  # not root: print the command instead of running apt-get
    out = _run(repo, bin_dir, PYTHONPATH=str(fake))
    assert out.returncode == 1
    assert "sudo apt-get install -y python3-venv" in out.stderr
    assert "PY=" not in out.stdout and not (repo / ".venv").exists()

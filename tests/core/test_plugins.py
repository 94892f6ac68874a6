"""Plugin discovery, disabling and broken-plugin isolation, with real installed packages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from mask.core import Detector, Mask, MaskPluginError, Span, hookimpl
from mask.core import hookspecs as hookspecs_module
from mask.core.plugins import make_plugin_manager

PACKAGES = Path(__file__).parent / "plugin_packages"


def pip_install(package: str, target: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(PACKAGES / package),
        ],
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="session")
def site_dummy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site-dummy")
    pip_install("mask-dummy-plugin", target)
    return target


@pytest.fixture(scope="session")
def site_broken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site-broken")
    pip_install("mask-broken-plugin", target)
    return target


def run_mask(args: Sequence[str], site: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PYTHONPATH": str(site), **env}
    return subprocess.run(
        [sys.executable, "-m", "mask.core.cli", *args], input=stdin, capture_output=True, text=True, env=environ
    )


def test_installed_third_party_plugin_is_discovered(site_dummy: Path) -> None:
    listing = run_mask(["plugins"], site_dummy)
    assert listing.returncode == 0, listing.stderr
    row = next(line for line in listing.stdout.splitlines() if " dummy " in line)
    assert "enabled" in row and "mask-dummy-plugin" in row and "1.2.3" in row
    scan = run_mask(["scan"], site_dummy, stdin="staff EMP-123456 issued")
    spans = json.loads(scan.stdout)["spans"]
    assert [(s["type"], s["detector"]) for s in spans] == [("EMPLOYEE_ID", "employee-id")]


def test_plugin_disabled_by_env(site_dummy: Path) -> None:
    listing = run_mask(["plugins"], site_dummy, MASK_DISABLE_PLUGINS="other, dummy, spacy")
    row = next(line for line in listing.stdout.splitlines() if " dummy " in line)
    assert "disabled" in row
    scan = run_mask(["scan"], site_dummy, stdin="staff EMP-123456 issued", MASK_DISABLE_PLUGINS="dummy,spacy")
    assert json.loads(scan.stdout)["spans"] == []


def test_plugin_disabled_by_config(site_dummy: Path, tmp_path: Path) -> None:
    config = tmp_path / "mask.toml"
    config.write_text('[plugins]\ndisable = ["dummy"]\n')
    scan = run_mask(["scan", "--config", str(config)], site_dummy, stdin="staff EMP-123456 issued")
    assert scan.returncode == 0, scan.stderr
    assert json.loads(scan.stdout)["spans"] == []


def test_broken_plugin_is_reported_by_name_and_others_run(site_broken: Path) -> None:
    listing = run_mask(["plugins"], site_broken)
    assert listing.returncode == 0
    row = next(line for line in listing.stdout.splitlines() if " broken " in line)
    assert "ModuleNotFoundError" in row
    assert any(" email " in line and "enabled" in line for line in listing.stdout.splitlines())
    # Fail closed by default: protecting without one of the detectors is refused, naming it.
    closed = run_mask(["protect"], site_broken, stdin="mail bob@corp.com")
    assert closed.returncode == 1
    assert "'broken'" in closed.stderr and "bob@corp.com" not in closed.stderr + closed.stdout
    # Explicit fail-open runs the others.
    opened = run_mask(["protect"], site_broken, stdin="mail bob@corp.com", MASK_ON_ERROR="open")
    assert opened.returncode == 0, opened.stderr
    assert "bob@corp.com" not in opened.stdout
    # And disabling the broken plugin is enough under the default policy.
    disabled = run_mask(["protect"], site_broken, stdin="mail bob@corp.com", MASK_DISABLE_PLUGINS="broken,spacy")
    assert disabled.returncode == 0 and "bob@corp.com" not in disabled.stdout


class _RaisingFactory:
    @hookimpl
    def mask_detectors(self, config: object) -> list[Detector]:
        raise RuntimeError("factory exploded")


def test_plugin_raising_in_a_factory_hook_is_isolated() -> None:
    config = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "mask": {"on_error": "open"}}
    with Mask(config, plugins=[("exploder", _RaisingFactory())]) as mask:
        assert "exploder" in mask.plugins.broken
        assert "email" in mask.detectors.names
        assert "bob@corp.com" not in mask.protect("bob@corp.com")
    with pytest.raises(MaskPluginError, match="'exploder'"):
        Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}}, plugins=[("exploder", _RaisingFactory())])


class _Upper(Detector):
    name = "shout"
    entity_types = frozenset({"SHOUT"})

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: object) -> list[list[Span]]:
        return [[Span(0, 5, "SHOUT", 1.0, self.name)] if t.startswith("HELLO") else [] for t in texts]


class _ShoutPlugin:
    @hookimpl
    def mask_detectors(self, config: object) -> list[Detector]:
        return [_Upper()]


def test_programmatic_plugin_registration_and_block() -> None:
    base = {"vault": {"backend": "memory"}, "audit": {"sinks": []}}
    with Mask(base, plugins=[("shout", _ShoutPlugin())]) as mask:
        assert mask.scan(["HELLO there"])[0][0].type == "SHOUT"
    with Mask({**base, "plugins": {"disable": ["shout"]}}, plugins=[("shout", _ShoutPlugin())]) as mask:
        assert mask.scan(["HELLO there"]) == [[]]
        assert mask.plugins.infos["shout"].status == "disabled"


def test_builtins_are_registered_through_entry_points() -> None:
    pm = make_plugin_manager()
    for name in ("email", "memory-vault", "sqlite-vault", "audit-sinks", "key-provider", "token-schemes"):
        info = pm.infos[name]
        assert info.status == "enabled" and info.distribution == "mask-core", name


def test_two_managers_are_independent() -> None:
    a = make_plugin_manager(["email"])
    b = make_plugin_manager()
    assert a.infos["email"].status == "disabled"
    assert b.infos["email"].status == "enabled"


HOOKS = sorted(name for name in dir(hookspecs_module) if name.startswith("mask_"))


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_one_line_docstring_and_a_test(hook: str) -> None:
    doc = getattr(hookspecs_module, hook).__doc__ or ""
    assert doc.strip() and "\n" not in doc.strip(), f"{hook} needs a one-line docstring"
    tests = "\n".join(p.read_text() for p in Path(__file__).parents[1].rglob("test_*.py"))
    assert f"def test_hook_{hook}" in tests, f"write a test named test_hook_{hook}"


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented_in_the_readme(hook: str) -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    assert f"`{hook}(" in readme, f"document {hook} in the README's hook table"

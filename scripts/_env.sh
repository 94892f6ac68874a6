# Sourced by demo.sh, test.sh and bench.sh (from the repository root): chooses the Python
# that runs Mask and installs the repository into it.
#
#   mask_python            sets PY to the interpreter to use:
#                            - $PYTHON when set (used as it is: you manage that environment);
#                            - python3 when it already runs inside a virtualenv (VIRTUAL_ENV set,
#                              or sys.prefix differs from sys.base_prefix);
#                            - otherwise the project-local .venv (git-ignored), created on first
#                              use and reused after (its bin/ goes first on PATH). This works
#                              with an "externally managed" system Python (PEP 668, Debian and
#                              Ubuntu's /usr/bin/python3). When the venv module is missing it
#                              installs python3-venv with apt-get as root, or prints the command
#                              to run and exits non-zero.
#   mask_install [PKG...]  pip-installs requirements-dev.txt (and PKG...) into $PY. In the
#                          project-local .venv it is skipped while requirements-dev.txt, every
#                          pyproject.toml and PKG... are unchanged since the last install.

mask_fail() {
  echo "mask: $*" >&2
  exit 1
}

_mask_has_venv_module() {
  "$1" -c 'import venv, ensurepip' >/dev/null 2>&1
}

_mask_install_venv_module() {
  local base="$1" versioned
  versioned="$("$base" -c 'import sys; print("python%d.%d-venv" % sys.version_info[:2])')"
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    mask_fail "$base has no venv module (needed to create .venv): run 'sudo apt-get install -y python3-venv' (or $versioned), or set PYTHON to an interpreter whose environment you manage"
  fi
  echo "installing python3-venv with apt-get (the venv module of $base is missing)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$versioned" >/dev/null ||
    mask_fail "apt-get could not install python3-venv or $versioned"
  if ! _mask_has_venv_module "$base"; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$versioned" >/dev/null ||
      mask_fail "apt-get could not install $versioned"
    _mask_has_venv_module "$base" || mask_fail "$base still has no venv module after installing python3-venv"
  fi
}

mask_python() {
  MASK_OWN_VENV=0
  if [ -n "${PYTHON:-}" ]; then
    PY="$PYTHON"
    return
  fi
  local base
  base="$(command -v python3 || true)"
  [ -n "$base" ] || mask_fail "python3 not found: install Python >= 3.10"
  "$base" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' ||
    mask_fail "$base is older than Python 3.10"
  if [ -n "${VIRTUAL_ENV:-}" ] || "$base" -c 'import sys; sys.exit(0 if sys.prefix != sys.base_prefix else 1)'; then
    PY="$base"
    return
  fi
  local venv="$PWD/.venv"
  if ! "$venv/bin/python" -c 'import pip' >/dev/null 2>&1; then
    _mask_has_venv_module "$base" || _mask_install_venv_module "$base"
    echo "creating $venv with $base (first run only)" >&2
    "$base" -m venv --clear "$venv" || mask_fail "could not create $venv with $base"
  fi
  PY="$venv/bin/python"
  MASK_OWN_VENV=1
  # As `activate` would: the suite and the demo start `mask` and other console scripts by name.
  export VIRTUAL_ENV="$venv"
  export PATH="$venv/bin:$PATH"
}

_mask_install_stamp() {
  {
    printf '%s\n' "$@"
    cat requirements-dev.txt
    find core plugins adapters -name pyproject.toml | LC_ALL=C sort | xargs cat
  } | "$PY" -c 'import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())'
}

mask_install() {
  local stamp_file="" stamp=""
  if [ "$MASK_OWN_VENV" = 1 ]; then
    stamp_file="$(dirname "$(dirname "$PY")")/.mask-installed"
    stamp="$(_mask_install_stamp "$@")"
    if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$stamp" ]; then
      return
    fi
    echo "installing Mask and its development requirements into .venv" >&2
  fi
  "$PY" -m pip install -q --disable-pip-version-check -r requirements-dev.txt "$@" ||
    mask_fail "pip install -r requirements-dev.txt failed (interpreter: $PY)"
  if [ -n "$stamp_file" ]; then
    printf '%s\n' "$stamp" >"$stamp_file"
  fi
}

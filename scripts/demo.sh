#!/usr/bin/env bash
# The README's demo command: installs Mask and runs the offline agent demo.
# Outside a virtualenv it uses the project-local .venv (see scripts/_env.sh). Arguments go
# to the demo (for example --data-dir DIR to keep its vault and audit trail).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_env.sh
mask_python
mask_install
exec "$PY" examples/demo.py "$@"

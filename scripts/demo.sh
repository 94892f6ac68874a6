#!/usr/bin/env bash
# The README's demo command: installs Mask and runs the offline agent demo.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q --disable-pip-version-check -r requirements-dev.txt
python3 examples/demo.py

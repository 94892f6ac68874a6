"""A third-party detector plugin: one module and one entry point, no change to Mask."""

import re

from mask.core import Detector, Span, hookimpl

_EMP = re.compile(r"\bEMP-\d{6}\b")


class EmployeeIdDetector(Detector):
    name = "employee-id"
    entity_types = frozenset({"EMPLOYEE_ID"})

    def detect(self, texts, covered, budget):
        return [[Span(m.start(), m.end(), "EMPLOYEE_ID", 0.9, self.name) for m in _EMP.finditer(t)] for t in texts]


@hookimpl
def mask_detectors(config):
    return [EmployeeIdDetector()]

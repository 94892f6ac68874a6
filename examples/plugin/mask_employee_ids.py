"""An example third-party detector plugin for Mask: employee ids such as ``EMP-123456``.

Installed, it is enabled (``mask plugins`` lists it as ``employee-ids``); switch it off with
``[plugins] disable = ["employee-ids"]`` or ``MASK_DISABLE_PLUGINS=employee-ids``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mask.core import Budget, Detector, Span, hookimpl

PATTERN = re.compile(r"\bEMP-\d{6}\b")


class EmployeeIds(Detector):
    name = "employee-id"
    entity_types = frozenset({"EMPLOYEE_ID"})

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> list[list[Span]]:
        return [[Span(m.start(), m.end(), "EMPLOYEE_ID", 0.9, self.name) for m in PATTERN.finditer(t)] for t in texts]


@hookimpl
def mask_detectors(config: object) -> list[Detector]:
    return [EmployeeIds()]

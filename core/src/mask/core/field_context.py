"""Field names as detection context: ``{"ssn": "536229841"}`` is seen as ``ssn: 536229841``.

Context-gated types (undashed SSN, date of birth, passport...) are then found in
structured tool output too; spans inside the name are dropped.

A leaf whose path names a type (its key, or for a generic key such as ``number`` or
``value`` its parent's key or a ``type``/``kind`` sibling) is passed to the detectors as a
:class:`~mask.core.detection.FieldLabel`: the ``labels`` detector protects its value when
its shape fits that type (labels decide), and the prefix names the type
(``{"card": {"number": ...}}`` is seen as ``card number: ...``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

from .config import MaskConfig
from .detection import DetectionResult, Detectors, FieldLabel
from .detectors.label_words import NUMERIC_TYPES
from .spans import Span
from .walk import PAIR_KEYS, FieldPath

__all__ = ["NUMERIC_TYPES", "FieldContext", "LeafContext"]

_NUMERIC_MEMO = 4096
_FIELD_NAME = regex.compile(r"[^\W\d_][\w .\-']{0,63}")
"""A dict key that reads like a field name (not a value: those are never used as context)."""
_PAIR_VALUES = frozenset(key for key, bit in PAIR_KEYS.items() if bit == 2)
"""The value keys of a name/value pair (``value``, ``values``)."""


class LeafContext(NamedTuple):
    """How one leaf is shown to the detectors: after ``prefix``, with ``label`` (None: none)."""

    prefix: str
    label: FieldLabel | None


class FieldContext:
    """The field-name vocabulary of one Mask, and detection with it."""

    def __init__(self, config: MaskConfig) -> None:
        from .detectors.label_words import THING_KEYS, TYPE_KEYS  # lazily: the detectors package is not light
        from .detectors.labels import LabelVocabulary

        self.labels = LabelVocabulary.from_config(config)
        self.type_keys = TYPE_KEYS
        """Keys whose sibling names a leaf's type (``type``, ``kind``): collected with the leaves."""
        self.thing_keys = THING_KEYS
        self._numeric: dict[FieldPath, bool] = {}

    def is_label(self, name: str) -> bool:
        """``name`` (a table's cell) is a field's name the vocabulary knows (``Phone``, ``City``)."""
        return self.labels.may_be_key(name) and self.labels.resolve_key(name) is not None

    def numeric(self, path: FieldPath) -> bool:
        """An integer at ``path`` is a value of a type written in digits (its path names a card,
        a phone, an SSN, an account, a postal code...): protect it as its decimal string."""
        found = self._numeric.get(path)
        if found is None:
            found = self.labels.resolve_path(path) in NUMERIC_TYPES
            if len(self._numeric) < _NUMERIC_MEMO:
                self._numeric[path] = found
        return found

    def leaf(self, name: str | None, path: FieldPath | None) -> LeafContext:
        """The prefix a leaf is shown with and the type its path names."""
        labels = self.labels
        etype = labels.resolve_path(path) if path is not None else None
        shown_name = name
        if etype is not None and path is not None and labels.is_generic(path.key):
            hint = next((h for h in (path.sibling, path.parent) if h and labels.resolve_key(h)), None)
            if hint is not None:
                # {"type": "phone", "number": ...} reads "phone number: ..."; the value of a
                # name/value pair reads under its name alone ({"name": "DB_PASSWORD", "value": ...})
                shown_name = hint if path.key.casefold() in _PAIR_VALUES else f"{hint} {path.key}"
        elif etype is None and path is not None and path.sibling and path.key and path.key.casefold() in _PAIR_VALUES:
            shown_name = path.sibling  # {"name": "DB_PASSWORD", "value": ...}: what the secrets detector reads
        prefix = f"{shown_name}: " if shown_name and _FIELD_NAME.fullmatch(shown_name) else ""
        if etype is None and not prefix:
            return LeafContext(prefix, None)
        any_case = etype == "PERSON" and path is not None and labels.person_named_by_parent(path)
        return LeafContext(prefix, FieldLabel(etype, len(prefix), any_case))

    def detect(
        self,
        detectors: Detectors,
        texts: list[str],
        covered: Sequence[Sequence[Span]],
        fields: Sequence[str | None],
        paths: Sequence[FieldPath | None] = (),
    ) -> DetectionResult:
        """Run ``detectors`` with each leaf's field name as context (see the module)."""
        prefixes: list[str] = []
        labels: list[FieldLabel | None] = []
        seen: dict[tuple[str | None, FieldPath | None], LeafContext] = {}
        for i, name in enumerate(fields):
            path = paths[i] if i < len(paths) else None
            context = seen.get((name, path))
            if context is None:
                context = seen[name, path] = self.leaf(name, path)
            prefixes.append(context.prefix)
            labels.append(context.label)
        marks = labels if any(label is not None for label in labels) else None
        if not any(prefixes):
            return detectors.run(texts, covered, marks)
        shown = [p + t if p else t for p, t in zip(prefixes, texts, strict=True)]
        moved = [_shift(c, len(p)) if p else list(c) for p, c in zip(prefixes, covered, strict=True)]
        result = detectors.run(shown, moved, marks)
        for i, prefix in enumerate(prefixes):
            if prefix:
                result.spans[i] = [s for s in _shift(result.spans[i], -len(prefix)) if s.start >= 0]
        return result


def _shift(spans: Sequence[Span], by: int) -> list[Span]:
    return [Span(s.start + by, s.end + by, s.type, s.score, s.detector) for s in spans]

"""Fixtures of the mask-otel tests."""

from __future__ import annotations

from otel_sdk import sdk

__all__ = ["sdk"]

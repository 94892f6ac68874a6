"""Fails at import, like a plugin whose dependency is missing."""

import this_dependency_does_not_exist  # noqa: F401

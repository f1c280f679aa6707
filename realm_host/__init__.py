"""Realm Host: many isolated JavaScript realms in one Python process, each measured exactly."""
from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["__version__"]

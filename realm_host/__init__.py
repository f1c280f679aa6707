"""Realm Host: many isolated JavaScript realms in one Python process, each measured exactly."""
from __future__ import annotations

import logging

from realm_host.errors import JSError, NotSupportedYet, OutOfMemory, RealmClosed, RealmHostError, Terminated
from realm_host.host import Host
from realm_host.realm import Realm
from realm_host.values import JSObject, undefined

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["__version__", "Host", "Realm", "JSObject", "JSError", "NotSupportedYet", "OutOfMemory", "RealmClosed",
           "RealmHostError", "Terminated", "undefined"]

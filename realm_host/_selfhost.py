"""Attaches the self-hosted library (engine.selfhost) to a Host's agent: the image compiled
once per process through the Host's store, and the manifest the C core installs from."""
from __future__ import annotations

import decimal
import logging
import unicodedata
from typing import TYPE_CHECKING, Any

from engine.selfhost.library import FILENAME, Library, load_library
from engine.selfhost.manifest import EntryKind
from realm_host._native import ffi, lib
from realm_host.errors import OutOfMemory

if TYPE_CHECKING:
    from realm_host.host import Host

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())


def attach_library(host: Host) -> Library:
    """Loads the library image into the host's agent and hands the agent its manifest."""
    library = load_library(host.store)
    loaded = host._load_image(library.image, FILENAME)
    keys = []  # kept alive until the call returns: the C side copies them
    entries = ffi.new("rh_selfhost_entry[]", max(1, len(library.entries)))
    count = 0
    for index, entry in library.entries:
        holder = lib.rh_selfhost_intrinsic_id(entry.holder.encode())
        if holder < 0:
            logger.warning("self-hosted %s: no intrinsic %%%s%% to install on yet", entry.function, entry.holder)
            continue
        key = ffi.new("char[]", entry.key.encode())
        keys.append(key)
        entries[count] = {"holder": holder, "function": index, "kind": int(entry.kind),
                          "symbol": int(entry.constructor if entry.kind == EntryKind.FUNCTION else entry.symbol),
                          "key": key}
        count += 1
    if lib.rh_selfhost_attach(host._agent, loaded, entries, count) != 0:
        raise OutOfMemory("cannot attach the self-hosted library")
    lib.rh_selfhost_set_string_transform(host._agent, lib.rh_py_string_transform)
    return library


_NORMAL_FORMS = {2: "NFC", 3: "NFD", 4: "NFKC", 5: "NFKD"}
_DIGITS = 6  # op: "x,p" -> "n,e": the p significant digits of the double x (x > 0), ties up


def exact_digits(request: str) -> str:
    """n (p digits) and e with n * 10**(e - p + 1) - x as close to zero as possible, the larger n
    on a tie: the digit step of Number.prototype.toExponential and toPrecision, exact on the
    double's exact decimal value (decimal), as the spec asks."""
    x_text, p_text = request.split(",")
    x, p = decimal.Decimal(float(x_text)), int(p_text)
    e = x.adjusted()
    with decimal.localcontext() as context:
        context.prec = 1000
        n = x.scaleb(p - 1 - e).quantize(decimal.Decimal(1), rounding=decimal.ROUND_HALF_UP)
        if n >= 10 ** p:  # rounding carried into a new digit
            n, e = n / 10, e + 1
    return f"{int(n)},{e}"


@ffi.def_extern()
def rh_py_string_transform(op: int, units: Any, length: int, sink: Any) -> int:
    """The cold path of toUpperCase, toLowerCase (full Unicode, root locale) and normalize."""
    try:
        text = ffi.unpack(ffi.cast("char *", units), length * 2).decode("utf-16-le", "surrogatepass")
        if op == _DIGITS:
            result = exact_digits(text)
        elif op == 0:
            result = text.upper()
        elif op == 1:
            result = text.lower()
        else:
            result = unicodedata.normalize(_NORMAL_FORMS[op], text)  # type: ignore[arg-type]
        data = result.encode("utf-16-le", "surrogatepass")
        lib.rh_selfhost_transform_result(sink, ffi.cast("uint16_t *", ffi.from_buffer(data)), len(data) // 2)
        return 0
    except Exception:  # noqa: BLE001 - a failure becomes a TypeError in JavaScript
        logger.exception("string transformation failed")
        return 1


def native_count() -> int:
    return int(lib.rh_selfhost_native_count())


def library_bytes(agent: Any) -> int:
    return int(lib.rh_selfhost_bytes(agent))

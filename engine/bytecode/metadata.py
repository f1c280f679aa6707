"""Metadata kinds: the writable, per-realm side table of an instruction (seed 002).

The instruction stream is immutable and shared by every realm. What an
instruction learns at run time (inline-cache shapes, the last call target, the
types an addition has seen) lives in the linked code block's metadata table,
one contiguous block per (function, realm): a header of offsets per kind, then
the entries of each kind. An instruction names its entry with a META operand;
the opcode says which kind.

Each kind is declared once here with C field types; the generator writes one C
struct per kind into native/generated/rh_opcodes_gen.h. Pointers to heap cells
are weak from the metadata's point of view: the collector clears an entry whose
shape or target dies (the C core's job, noted here so the fields stay plain).
"""
from __future__ import annotations

from dataclasses import dataclass

# How many shapes a property inline cache remembers before it goes megamorphic: the newest
# inline, the others in a buffer the core allocates on a site's first second shape
# (native/include/rh_property_ic.h, RH_PROPERTY_IC_WAYS).
PROPERTY_IC_WAYS = 4


@dataclass(frozen=True)
class Field:
    name: str
    c_type: str
    array_length: int = 0  # 0: a scalar field
    doc: str = ""


@dataclass(frozen=True)
class MetadataKind:
    name: str            # CamelCase, used in opcodes.py and disassembly
    c_name: str          # snake_case, for rh_meta_<c_name> and RH_META_<C_NAME>
    fields: tuple[Field, ...]
    doc: str


PROPERTY_IC = MetadataKind(
    "PropertyIC",
    "property_ic",
    (
        Field("shape", "const struct rh_shape *", 0, "receiver shape of the newest way"),
        Field("holder", "struct rh_object *", 0, "NULL: the slot is the receiver's; else the prototype holding it"),
        Field("holder_shape", "const struct rh_shape *", 0, "the holder's shape when the way was cached"),
        Field("more", "struct rh_ic_more *", 0, f"up to {PROPERTY_IC_WAYS - 1} older ways once polymorphic, else NULL"),
        Field("slot", "uint32_t", 0, "slot of the property in the receiver or the holder"),
        Field("state", "uint8_t", 0, "0 uninitialised, 1 monomorphic, 2 polymorphic, 3 megamorphic"),
    ),
    "Inline cache of a named property get or set: shape -> slot, the newest way inline.",
)

GLOBAL_IC = MetadataKind(
    "GlobalIC",
    "global_ic",
    (
        Field("shape", "const struct rh_shape *", 0, "shape of the global object when cached"),
        Field("slot", "uint32_t", 0, "slot of the binding in the global object or lexical record"),
        Field("in_lexical_record", "uint8_t", 0, "1 when the name is a global let/const/class"),
    ),
    "Inline cache of a global name load or store.",
)

CALL_IC = MetadataKind(
    "CallIC",
    "call_ic",
    (
        Field("target", "struct rh_object *", 0, "last callee, NULL before the first call"),
        Field("call_count", "uint32_t", 0, "calls made through this site (saturating)"),
    ),
    "Call-site profile: the last target and how often the site ran.",
)

ARITH_PROFILE = MetadataKind(
    "ArithProfile",
    "arith_profile",
    (Field("observed", "uint16_t", 0, "bit set of operand types seen: int32, double, string, bigint, other"),),
    "Types an arithmetic or bitwise operation has seen, for fast paths and later tiers.",
)

LITERAL_SITE = MetadataKind(
    "LiteralSite",
    "literal_site",
    (Field("final_shape", "const struct rh_shape *", 0, "shape the last object made here ended with"),),
    "Allocation site of an object literal: starts new objects at the final shape.",
)

TEMPLATE_CACHE = MetadataKind(
    "TemplateCache",
    "template_cache",
    (Field("template_object", "struct rh_object *", 0, "the frozen template object of this realm"),),
    "The per-realm template object of a tagged template (GetTemplateObject).",
)

# Order fixes the RH_META_* numbering and the per-kind counts in the image.
METADATA_KINDS: tuple[MetadataKind, ...] = (
    PROPERTY_IC,
    GLOBAL_IC,
    CALL_IC,
    ARITH_PROFILE,
    LITERAL_SITE,
    TEMPLATE_CACHE,
)


def metadata_kind_index(kind: MetadataKind) -> int:
    return METADATA_KINDS.index(kind)

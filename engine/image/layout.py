"""The image format: one flat little-endian blob per script, read in place by the C core.

This docstring is the format's one description; native/src/image_check.c follows it.

Every offset is a byte offset from the start of the image; nothing holds a
pointer, so an image is relocatable and can be mapped read-only and shared by
processes. Records are naturally aligned (tables to 8 bytes, u32 arrays and
instruction streams to 4, UTF-16 string data to 2), so C reads them directly.
``NONE`` (0xFFFFFFFF) marks an absent string index.

Header (96 bytes)::

    0   u8[8] magic             b"RHIMAGE\\0"
    8   u32   format_version    engine/bytecode/version.py
    12  u32   image_flags       ImageFlags: module, strict, self-hosted
    16  u64   opcode_table_hash engine/bytecode/generate.py opcode_table_hash()
    24  u32   total_length      bytes in the image
    28  u32   checksum          CRC-32 (zlib) of the whole image, this field read as 0
    32  u32   root_function     index of the top-level function
    36  u32   string_count
    40  u32   string_table      offset of string_count string records
    44  u32   function_count
    48  u32   function_table    offset of function_count function records
    52  u32   constant_count
    56  u32   constant_table    offset of constant_count constant records
    60  u32   metadata_kinds    metadata kinds per function record (RH_METADATA_KIND_COUNT)
    64  u8[32] source_key       the store's key (sha256 of source, options, version), or
                                zeros; lets the store refuse a valid image under a wrong name

String record (8 bytes): u32 data offset, u32 length in code units with bit 31
set when the data is UTF-16LE (2 bytes a unit) rather than Latin-1 (1 byte a
unit). A string is stored as Latin-1 when every code unit fits a byte, which
is how the C core represents it (8-bit or 16-bit strings). Python strings may
hold lone surrogates; they are written with 'surrogatepass'.

Function record (72 + 4 * metadata_kinds bytes), all u32 except as noted::

    0   name              string index or NONE
    4   flags             FunctionFlags (engine/bytecode/function.py)
    8   parameter_count
    12  length            the "length" property
    16  register_count
    20  code_offset       instruction stream, 4-aligned
    24  code_length
    28  constants_first   first of this function's entries in the constant table
    32  constant_count
    36  handlers_offset   handler_count records of 5 x u32:
    40  handler_count         start, end, handler offset, register (i32), context depth
    44  positions_offset  source position table (varints, engine/bytecode/function.py)
    48  positions_length
    52  scopes_offset     scope_count scopes, each u32 slot count then that many string indexes
    56  scope_count
    60  source_start      [start, end) of the function's source text
    64  source_end
    68  reserved          0
    72  metadata_counts   u32[metadata_kinds], entries per metadata kind

Constant record (16 bytes): u32 tag, u32 a, u64 b::

    NUMBER   1  b = IEEE-754 double bits
    STRING   2  a = string index
    FUNCTION 3  a = function index, always greater than the index of the function
                whose constant it is: functions are stored parents first
                (topological order), so the tree can have no cycle
    BIGINT   4  a = string index of the decimal digits, "-" first when negative
    REGEXP   5  a = pattern string index, b = flags string index
    TEMPLATE 6  a = offset of u32 n, then n cooked string indexes (NONE: invalid
                escape), then n raw string indexes
    BINDINGS 7  a = offset of u32 n, then n (name string index, kind) pairs

Sections follow the header in this order: string records, function records,
constant records, then the data region (string data, instruction streams,
handler tables, position tables, u32 arrays). Readers must not rely on the
order, only on the offsets, and must check every offset and length against
total_length before use.
"""
from __future__ import annotations

import enum
import struct

MAGIC = b"RHIMAGE\0"
NONE = 0xFFFFFFFF
UTF16_FLAG = 0x80000000

# Records as (field, struct format) lists: the Python structs below and the C
# offsets in native/generated/rh_image_gen.h are both derived from these.
Fields = tuple[tuple[str, str], ...]

HEADER_FIELDS: Fields = (
    ("magic", "8s"), ("format_version", "I"), ("image_flags", "I"), ("opcode_table_hash", "Q"),
    ("total_length", "I"), ("checksum", "I"), ("root_function", "I"), ("string_count", "I"),
    ("string_table", "I"), ("function_count", "I"), ("function_table", "I"), ("constant_count", "I"),
    ("constant_table", "I"), ("metadata_kinds", "I"), ("source_key", "32s"),
)
STRING_FIELDS: Fields = (("offset", "I"), ("length", "I"))
FUNCTION_FIELDS: Fields = (
    ("name", "I"), ("flags", "I"), ("parameter_count", "I"), ("length", "I"), ("register_count", "I"),
    ("code_offset", "I"), ("code_length", "I"), ("constants_first", "I"), ("constant_count", "I"),
    ("handlers_offset", "I"), ("handler_count", "I"), ("positions_offset", "I"), ("positions_length", "I"),
    ("scopes_offset", "I"), ("scope_count", "I"), ("source_start", "I"), ("source_end", "I"), ("reserved", "I"),
)  # then u32 metadata_counts[metadata_kinds]
CONSTANT_FIELDS: Fields = (("tag", "I"), ("a", "I"), ("b", "Q"))
HANDLER_FIELDS: Fields = (("start", "I"), ("end", "I"), ("handler", "I"), ("register", "i"), ("context_depth", "I"))

RECORDS: dict[str, Fields] = {
    "HEADER": HEADER_FIELDS, "STRING": STRING_FIELDS, "FUNCTION": FUNCTION_FIELDS,
    "CONSTANT": CONSTANT_FIELDS, "HANDLER": HANDLER_FIELDS,
}


def record_struct(fields: Fields) -> struct.Struct:
    return struct.Struct("<" + "".join(fmt for _, fmt in fields))


def field_offsets(fields: Fields) -> dict[str, int]:
    offsets, position = {}, 0
    for name, fmt in fields:
        offsets[name] = position
        position += struct.calcsize("<" + fmt)
    return offsets


HEADER = record_struct(HEADER_FIELDS)
CHECKSUM_OFFSET = field_offsets(HEADER_FIELDS)["checksum"]
STRING_RECORD = record_struct(STRING_FIELDS)
FUNCTION_RECORD_FIXED = record_struct(FUNCTION_FIELDS)
CONSTANT_RECORD = record_struct(CONSTANT_FIELDS)
HANDLER_RECORD = record_struct(HANDLER_FIELDS)

assert HEADER.size == 96 and CHECKSUM_OFFSET == 28 and FUNCTION_RECORD_FIXED.size == 72


def function_record_size(metadata_kinds: int) -> int:
    return FUNCTION_RECORD_FIXED.size + 4 * metadata_kinds


class ImageFlags(enum.IntFlag):
    NONE = 0
    MODULE = 1
    STRICT = 2
    SELF_HOSTED = 4


class ConstantTag(enum.IntEnum):
    NUMBER = 1
    STRING = 2
    FUNCTION = 3
    BIGINT = 4
    REGEXP = 5
    TEMPLATE = 6
    BINDINGS = 7


class ImageError(ValueError):
    """An image that cannot be trusted: wrong magic, version, opcode table or
    checksum, truncated, or with an offset, index or instruction out of bounds."""

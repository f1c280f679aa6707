/* The instruction set as the C core sees it: generated tables plus operand decoding.
 * Every number here comes from native/generated/rh_opcodes_gen.h, which
 * engine/bytecode/generate.py writes from engine/bytecode/opcodes.py. */
#ifndef RH_OPCODES_H
#define RH_OPCODES_H

#include <stddef.h>
#include <stdint.h>

#include "rh_opcodes_gen.h"

/* Reads one operand of `width` bytes (1, 2 or 4; little-endian) at p,
 * sign-extending when is_signed. No bounds check: callers validated the stream. */
static inline int64_t rh_operand_read(const uint8_t *p, int width, int is_signed)
{
    switch (width) {
    case 1:
        return is_signed ? (int64_t)(int8_t)p[0] : (int64_t)p[0];
    case 2: {
        uint16_t v = (uint16_t)(p[0] | (p[1] << 8));
        return is_signed ? (int64_t)(int16_t)v : (int64_t)v;
    }
    default: {
        uint32_t v = (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
        return is_signed ? (int64_t)(int32_t)v : (int64_t)v;
    }
    }
}

int rh_opcode_count(void);
unsigned rh_bytecode_format_version(void);
uint64_t rh_opcode_table_hash(void);
/* NULL when op is out of range. */
const char *rh_opcode_name(int op);
/* -1 when op is out of range (so for every query below). */
int rh_opcode_operand_count(int op);
int rh_opcode_operand_kind(int op, int index);
/* Registers a REG operand names when no count operand follows it (iterator records: 2). */
int rh_opcode_register_span(int op, int index);
/* RH_CONST_TYPE_* a CONST operand must point at; RH_CONST_TYPE_NONE for other kinds. */
int rh_opcode_constant_type(int op, int index);
int rh_opcode_accumulator(int op);
int rh_opcode_metadata_kind(int op);
int rh_opcode_flags(int op);
int rh_operand_kind_is_signed(int kind);
int rh_metadata_kind_count(void);
const char *rh_metadata_kind_name(int kind);
/* sizeof the generated rh_meta_<kind> struct: the linker lays out metadata tables with it. */
int rh_metadata_entry_size(int kind);
/* Bytes taken by the instruction starting at code[offset] (width prefix included),
 * or -1 when it is not a whole valid instruction inside code[0, length). */
int rh_instruction_length(const uint8_t *code, size_t length, size_t offset);

#endif /* RH_OPCODES_H */

/* Opcode information tables, built from the generated X-macro lists.
 * Nothing here names an opcode by hand: a change to engine/bytecode/opcodes.py
 * reaches these tables through native/generated/rh_opcodes_gen.h. */
#include "rh_opcodes.h"

#define OP_NAME(Name, count, acc, meta, flags) #Name,
static const char *const opcode_names[RH_OPCODE_COUNT] = {RH_FOR_EACH_OPCODE(OP_NAME)};
#undef OP_NAME

#define OP_COUNT(Name, count, acc, meta, flags) count,
static const uint8_t operand_counts[RH_OPCODE_COUNT] = {RH_FOR_EACH_OPCODE(OP_COUNT)};
#undef OP_COUNT

#define OP_ACC(Name, count, acc, meta, flags) acc,
static const uint8_t accumulator_effects[RH_OPCODE_COUNT] = {RH_FOR_EACH_OPCODE(OP_ACC)};
#undef OP_ACC

#define OP_META(Name, count, acc, meta, flags) meta,
static const int8_t metadata_kinds[RH_OPCODE_COUNT] = {RH_FOR_EACH_OPCODE(OP_META)};
#undef OP_META

#define OP_FLAGS(Name, count, acc, meta, flags) flags,
static const uint8_t opcode_flags[RH_OPCODE_COUNT] = {RH_FOR_EACH_OPCODE(OP_FLAGS)};
#undef OP_FLAGS

#define OPERAND(OpName, index, KIND, name, span, const_type) [RH_OP_##OpName][index] = RH_OPND_##KIND,
static const uint8_t operand_kinds[RH_OPCODE_COUNT][RH_MAX_OPERANDS] = {RH_FOR_EACH_OPERAND(OPERAND)};
#undef OPERAND

#define OPERAND_SPAN(OpName, index, KIND, name, span, const_type) [RH_OP_##OpName][index] = span,
static const uint8_t register_spans[RH_OPCODE_COUNT][RH_MAX_OPERANDS] = {RH_FOR_EACH_OPERAND(OPERAND_SPAN)};
#undef OPERAND_SPAN

#define OPERAND_CONST(OpName, index, KIND, name, span, const_type) [RH_OP_##OpName][index] = const_type,
static const uint8_t constant_types[RH_OPCODE_COUNT][RH_MAX_OPERANDS] = {RH_FOR_EACH_OPERAND(OPERAND_CONST)};
#undef OPERAND_CONST

#define KIND_SIGNED(KIND, is_signed) [RH_OPND_##KIND] = is_signed,
static const uint8_t operand_kind_signed[] = {RH_FOR_EACH_OPERAND_KIND(KIND_SIGNED)};
#undef KIND_SIGNED

#define META_NAME(KIND, c_name, Name) #Name,
static const char *const metadata_kind_names[RH_METADATA_KIND_COUNT] = {RH_FOR_EACH_META_KIND(META_NAME)};
#undef META_NAME

#define META_SIZE(KIND, c_name, Name) sizeof(rh_meta_##c_name),
static const uint16_t metadata_entry_sizes[RH_METADATA_KIND_COUNT] = {RH_FOR_EACH_META_KIND(META_SIZE)};
#undef META_SIZE

static int valid_opcode(int op)
{
    return op >= 0 && op < RH_OPCODE_COUNT;
}

int rh_opcode_count(void)
{
    return RH_OPCODE_COUNT;
}

unsigned rh_bytecode_format_version(void)
{
    return RH_BYTECODE_FORMAT_VERSION;
}

uint64_t rh_opcode_table_hash(void)
{
    return RH_OPCODE_TABLE_HASH;
}

const char *rh_opcode_name(int op)
{
    return valid_opcode(op) ? opcode_names[op] : NULL;
}

int rh_opcode_operand_count(int op)
{
    return valid_opcode(op) ? operand_counts[op] : -1;
}

int rh_opcode_operand_kind(int op, int index)
{
    if (!valid_opcode(op) || index < 0 || index >= operand_counts[op])
        return -1;
    return operand_kinds[op][index];
}

int rh_opcode_register_span(int op, int index)
{
    if (!valid_opcode(op) || index < 0 || index >= operand_counts[op])
        return -1;
    return register_spans[op][index];
}

int rh_opcode_constant_type(int op, int index)
{
    if (!valid_opcode(op) || index < 0 || index >= operand_counts[op])
        return -1;
    return constant_types[op][index];
}

int rh_opcode_accumulator(int op)
{
    return valid_opcode(op) ? accumulator_effects[op] : -1;
}

int rh_opcode_metadata_kind(int op)
{
    return valid_opcode(op) ? metadata_kinds[op] : -1;
}

int rh_opcode_flags(int op)
{
    return valid_opcode(op) ? opcode_flags[op] : -1;
}

int rh_operand_kind_is_signed(int kind)
{
    if (kind < 0 || kind >= (int)sizeof operand_kind_signed)
        return -1;
    return operand_kind_signed[kind];
}

int rh_metadata_kind_count(void)
{
    return RH_METADATA_KIND_COUNT;
}

const char *rh_metadata_kind_name(int kind)
{
    return kind >= 0 && kind < RH_METADATA_KIND_COUNT ? metadata_kind_names[kind] : NULL;
}

int rh_metadata_entry_size(int kind)
{
    return kind >= 0 && kind < RH_METADATA_KIND_COUNT ? metadata_entry_sizes[kind] : -1;
}

int rh_instruction_length(const uint8_t *code, size_t length, size_t offset)
{
    if (offset >= length)
        return -1;
    size_t start = offset;
    int width = 1;
    if (code[offset] == RH_OP_Wide16 || code[offset] == RH_OP_Wide32) {
        width = code[offset] == RH_OP_Wide16 ? 2 : 4;
        offset++;
        if (offset >= length)
            return -1;
    }
    int op = code[offset];
    /* A prefix never follows a prefix; an opcode past the table is garbage. */
    if (!valid_opcode(op) || (opcode_flags[op] & RH_OPF_PREFIX))
        return -1;
    size_t end = offset + 1 + (size_t)operand_counts[op] * (size_t)width;
    if (end > length)
        return -1;
    return (int)(end - start);
}

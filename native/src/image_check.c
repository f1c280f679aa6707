/* In-place validation of a bytecode image: see rh_image.h and engine/image/layout.py. */
#include <stdlib.h>
#include <string.h>

#include "rh_image.h"
#include "rh_opcodes.h"

/* Everything a check needs about the image being validated. */
typedef struct image {
    const uint8_t *bytes;
    uint64_t length;
    uint32_t string_count, string_table;
    uint32_t function_count, function_table;
    uint32_t constant_count, constant_table;
    uint32_t function_record_size;
} image;

/* One function record, decoded. */
typedef struct function {
    uint32_t index;
    uint32_t fields[RH_IMG_FUNCTION_SIZE / 4];
    uint32_t metadata_counts[RH_METADATA_KIND_COUNT];
} function;

#define FIELD(fn, NAME) ((fn)->fields[RH_IMG_FUNCTION_##NAME / 4])

static uint32_t read_u32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static uint64_t read_u64(const uint8_t *p)
{
    return (uint64_t)read_u32(p) | ((uint64_t)read_u32(p + 4) << 32);
}

static uint32_t crc32_update(uint32_t crc, const uint8_t *p, size_t n)
{
    crc = ~crc;
    for (size_t i = 0; i < n; i++)
        crc = rh_img_crc32_table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

uint32_t rh_image_checksum(const uint8_t *bytes, size_t length)
{
    static const uint8_t zeros[4] = {0, 0, 0, 0};
    if (length < RH_IMG_HEADER_CHECKSUM + 4)
        return 0;
    uint32_t crc = crc32_update(0, bytes, RH_IMG_HEADER_CHECKSUM);
    crc = crc32_update(crc, zeros, 4);
    return crc32_update(crc, bytes + RH_IMG_HEADER_CHECKSUM + 4, length - RH_IMG_HEADER_CHECKSUM - 4);
}

/* [offset, offset + size) lies inside the image and offset is aligned. */
static int span_ok(const image *img, uint64_t offset, uint64_t size, uint32_t alignment)
{
    return offset % alignment == 0 && offset + size <= img->length;
}

static uint32_t header_u32(const uint8_t *bytes, int offset)
{
    return read_u32(bytes + offset);
}

static int check_header(const uint8_t *bytes, size_t length, image *img)
{
    if (length < RH_IMG_HEADER_SIZE)
        return RH_IMAGE_TRUNCATED;
    if (memcmp(bytes, RH_IMG_MAGIC, RH_IMG_MAGIC_SIZE) != 0)
        return RH_IMAGE_BAD_MAGIC;
    if (header_u32(bytes, RH_IMG_HEADER_IMAGE_FLAGS) & ~RH_IMG_KNOWN_IMAGE_FLAGS)
        return RH_IMAGE_BAD_HEADER;
    if (header_u32(bytes, RH_IMG_HEADER_FORMAT_VERSION) != RH_BYTECODE_FORMAT_VERSION)
        return RH_IMAGE_BAD_VERSION;
    if (read_u64(bytes + RH_IMG_HEADER_OPCODE_TABLE_HASH) != RH_OPCODE_TABLE_HASH)
        return RH_IMAGE_BAD_OPCODE_TABLE;
    if (header_u32(bytes, RH_IMG_HEADER_TOTAL_LENGTH) != length)
        return RH_IMAGE_BAD_LENGTH;
    if (rh_image_checksum(bytes, length) != header_u32(bytes, RH_IMG_HEADER_CHECKSUM))
        return RH_IMAGE_BAD_CHECKSUM;
    if (header_u32(bytes, RH_IMG_HEADER_METADATA_KINDS) != RH_METADATA_KIND_COUNT)
        return RH_IMAGE_BAD_HEADER;
    img->bytes = bytes;
    img->length = length;
    img->string_count = header_u32(bytes, RH_IMG_HEADER_STRING_COUNT);
    img->string_table = header_u32(bytes, RH_IMG_HEADER_STRING_TABLE);
    img->function_count = header_u32(bytes, RH_IMG_HEADER_FUNCTION_COUNT);
    img->function_table = header_u32(bytes, RH_IMG_HEADER_FUNCTION_TABLE);
    img->constant_count = header_u32(bytes, RH_IMG_HEADER_CONSTANT_COUNT);
    img->constant_table = header_u32(bytes, RH_IMG_HEADER_CONSTANT_TABLE);
    img->function_record_size = RH_IMG_FUNCTION_SIZE + 4 * RH_METADATA_KIND_COUNT;
    return RH_IMAGE_OK;
}

static int check_tables(const image *img)
{
    const uint64_t tables[3][4] = {
        {img->string_table, img->string_count, RH_IMG_STRING_SIZE, 4},
        {img->function_table, img->function_count, img->function_record_size, 4},
        {img->constant_table, img->constant_count, RH_IMG_CONSTANT_SIZE, 8},
    };
    for (int i = 0; i < 3; i++) {
        if (tables[i][0] < RH_IMG_HEADER_SIZE || !span_ok(img, tables[i][0], tables[i][1] * tables[i][2], (uint32_t)tables[i][3]))
            return RH_IMAGE_BAD_TABLE;
    }
    if (header_u32(img->bytes, RH_IMG_HEADER_ROOT_FUNCTION) >= img->function_count)
        return RH_IMAGE_BAD_TABLE;
    return RH_IMAGE_OK;
}

static const uint8_t *string_record(const image *img, uint32_t index)
{
    return img->bytes + img->string_table + (uint64_t)RH_IMG_STRING_SIZE * index;
}

static int check_strings(const image *img)
{
    for (uint32_t i = 0; i < img->string_count; i++) {
        const uint8_t *record = string_record(img, i);
        uint32_t length_field = read_u32(record + RH_IMG_STRING_LENGTH);
        uint64_t units = length_field & ~RH_IMG_UTF16_FLAG;
        uint32_t unit_size = (length_field & RH_IMG_UTF16_FLAG) ? 2 : 1;
        if (!span_ok(img, read_u32(record + RH_IMG_STRING_OFFSET), units * unit_size, unit_size))
            return RH_IMAGE_BAD_STRING;
    }
    return RH_IMAGE_OK;
}

/* A BigInt constant's text: an optional '-', then one or more ASCII digits. */
static int bigint_text_ok(const image *img, uint32_t index)
{
    const uint8_t *record = string_record(img, index);
    uint32_t length_field = read_u32(record + RH_IMG_STRING_LENGTH);
    uint32_t units = length_field & ~RH_IMG_UTF16_FLAG;
    int wide = (length_field & RH_IMG_UTF16_FLAG) != 0;
    const uint8_t *text = img->bytes + read_u32(record + RH_IMG_STRING_OFFSET);
    for (uint32_t i = 0; i < units; i++) {
        unsigned unit = wide ? (unsigned)(text[2 * i] | (text[2 * i + 1] << 8)) : text[i];
        int sign_ok = i == 0 && unit == '-' && units > 1;
        if (!sign_ok && (unit < '0' || unit > '9'))
            return 0;
    }
    return units > 0;
}

static void read_function(const image *img, uint32_t index, function *fn)
{
    const uint8_t *record = img->bytes + img->function_table + (uint64_t)img->function_record_size * index;
    fn->index = index;
    for (int i = 0; i < RH_IMG_FUNCTION_SIZE / 4; i++)
        fn->fields[i] = read_u32(record + 4 * i);
    for (int i = 0; i < RH_METADATA_KIND_COUNT; i++)
        fn->metadata_counts[i] = read_u32(record + RH_IMG_FUNCTION_SIZE + 4 * i);
}

static const uint8_t *constant_record(const image *img, uint64_t index)
{
    return img->bytes + img->constant_table + RH_IMG_CONSTANT_SIZE * index;
}

/* A u32 array of `words` words at offset; all its string indexes (from word `first`,
 * every `stride` words) name strings, NONE allowed only when none_ok. */
static int string_words_ok(const image *img, uint32_t offset, uint64_t words, uint64_t first, uint64_t stride,
                           uint64_t until, int none_ok)
{
    if (!span_ok(img, offset, 4 * words, 4))
        return 0;
    for (uint64_t w = first; w < until; w += stride) {
        uint32_t value = read_u32(img->bytes + offset + 4 * w);
        if (value >= img->string_count && !(none_ok && value == RH_IMG_NONE))
            return 0;
    }
    return 1;
}

static int check_constant(const image *img, const function *fn, uint64_t index)
{
    const uint8_t *record = constant_record(img, index);
    uint32_t a = read_u32(record + RH_IMG_CONSTANT_A);
    uint64_t b = read_u64(record + RH_IMG_CONSTANT_B);
    switch (read_u32(record + RH_IMG_CONSTANT_TAG)) {
    case RH_IMG_TAG_NUMBER:
        return 1;
    case RH_IMG_TAG_STRING:
        return a < img->string_count;
    case RH_IMG_TAG_FUNCTION: /* parents first: this is what rules out cycles */
        return a > fn->index && a < img->function_count;
    case RH_IMG_TAG_BIGINT:
        return a < img->string_count && bigint_text_ok(img, a);
    case RH_IMG_TAG_REGEXP:
        return a < img->string_count && b < img->string_count;
    case RH_IMG_TAG_TEMPLATE: {
        if (!span_ok(img, a, 4, 4))
            return 0;
        uint64_t n = read_u32(img->bytes + a);
        return string_words_ok(img, a, 1 + 2 * n, 1, 1, 1 + n, 1) && string_words_ok(img, a, 1 + 2 * n, 1 + n, 1, 1 + 2 * n, 0);
    }
    case RH_IMG_TAG_BINDINGS: {
        if (!span_ok(img, a, 4, 4))
            return 0;
        uint64_t n = read_u32(img->bytes + a);
        return string_words_ok(img, a, 1 + 2 * n, 1, 2, 1 + 2 * n, 0);
    }
    default:
        return 0;
    }
}

static int check_scopes(const image *img, const function *fn)
{
    uint64_t offset = FIELD(fn, SCOPES_OFFSET);
    for (uint32_t s = 0; s < FIELD(fn, SCOPE_COUNT); s++) {
        if (!span_ok(img, offset, 4, 4))
            return 0;
        uint64_t slots = read_u32(img->bytes + offset);
        if (!string_words_ok(img, (uint32_t)offset, 1 + slots, 1, 1, 1 + slots, 0))
            return 0;
        offset += 4 + 4 * slots;
        if (offset > img->length)
            return 0;
    }
    return 1;
}

/* --- instruction streams ----------------------------------------------------------- */

static int constant_type_ok(const image *img, const function *fn, uint64_t index, int type)
{
    uint32_t tag = read_u32(constant_record(img, (uint64_t)FIELD(fn, CONSTANTS_FIRST) + index) + RH_IMG_CONSTANT_TAG);
    switch (type) {
    case RH_CONST_TYPE_VALUE:
        return tag == RH_IMG_TAG_NUMBER || tag == RH_IMG_TAG_STRING || tag == RH_IMG_TAG_BIGINT;
    case RH_CONST_TYPE_STRING:
        return tag == RH_IMG_TAG_STRING;
    case RH_CONST_TYPE_FUNCTION:
        return tag == RH_IMG_TAG_FUNCTION;
    case RH_CONST_TYPE_TEMPLATE:
        return tag == RH_IMG_TAG_TEMPLATE;
    case RH_CONST_TYPE_REGEXP:
        return tag == RH_IMG_TAG_REGEXP;
    case RH_CONST_TYPE_BINDINGS:
        return tag == RH_IMG_TAG_BINDINGS;
    default:
        return 0;
    }
}

/* Parameters are numbered downwards (a0 = -2), so several registers are always locals. */
static int register_range_ok(const function *fn, int64_t first, int64_t count)
{
    int64_t lowest = -1 - (int64_t)FIELD(fn, PARAMETER_COUNT);
    int64_t registers = FIELD(fn, REGISTER_COUNT);
    if (count == 0)
        return lowest <= first && first <= registers;
    if (count == 1)
        return lowest <= first && first < registers;
    return first >= 0 && first + count <= registers;
}

static int is_start(const uint8_t *starts, uint64_t offset, uint64_t code_length)
{
    return offset < code_length && (starts[offset / 8] >> (offset % 8)) & 1;
}

/* Operand i of the instruction whose opcode byte is at p, at the given width. */
static int64_t operand(const uint8_t *p, int op, int i, int width)
{
    return rh_operand_read(p + 1 + i * width, width, rh_operand_kind_is_signed(rh_opcode_operand_kind(op, i)));
}

static int check_operands(const image *img, const function *fn, const uint8_t *p, int op, int width,
                          uint64_t start, const uint8_t *starts)
{
    int count = rh_opcode_operand_count(op);
    for (int i = 0; i < count; i++) {
        int64_t value = operand(p, op, i, width);
        switch (rh_opcode_operand_kind(op, i)) {
        case RH_OPND_REG: {
            int counted = i + 1 < count && rh_opcode_operand_kind(op, i + 1) == RH_OPND_REG_COUNT;
            int64_t span = counted ? operand(p, op, i + 1, width) : rh_opcode_register_span(op, i);
            if (!register_range_ok(fn, value, span))
                return 0;
            break;
        }
        case RH_OPND_CONST:
            if (value >= FIELD(fn, CONSTANT_COUNT) || !constant_type_ok(img, fn, (uint64_t)value, rh_opcode_constant_type(op, i)))
                return 0;
            break;
        case RH_OPND_META:
            if (value >= fn->metadata_counts[rh_opcode_metadata_kind(op)])
                return 0;
            break;
        case RH_OPND_JUMP:
            if ((int64_t)start + value < 0 || !is_start(starts, (uint64_t)((int64_t)start + value), FIELD(fn, CODE_LENGTH)))
                return 0;
            break;
        default:
            break;
        }
    }
    if (op == RH_OP_PushContext && operand(p, op, 0, width) >= FIELD(fn, SCOPE_COUNT))
        return 0;
    return 1;
}

/* Marks instruction starts; RH_IMAGE_OK when the stream decodes and ends in a terminator. */
static int mark_instructions(const uint8_t *code, uint64_t length, uint8_t *starts)
{
    uint64_t offset = 0;
    int last_op = -1;
    while (offset < length) {
        int size = rh_instruction_length(code, (size_t)length, (size_t)offset);
        if (size < 0)
            return RH_IMAGE_BAD_CODE;
        starts[offset / 8] |= (uint8_t)(1u << (offset % 8));
        last_op = code[offset + (size_t)(code[offset] == RH_OP_Wide16 || code[offset] == RH_OP_Wide32)];
        offset += (uint64_t)size;
    }
    if (last_op < 0 || !(rh_opcode_flags(last_op) & RH_OPF_TERMINATOR))
        return RH_IMAGE_BAD_CODE;
    return RH_IMAGE_OK;
}

static int check_handlers(const image *img, const function *fn, const uint8_t *starts)
{
    uint64_t code_length = FIELD(fn, CODE_LENGTH);
    int64_t lowest = -1 - (int64_t)FIELD(fn, PARAMETER_COUNT);
    for (uint32_t h = 0; h < FIELD(fn, HANDLER_COUNT); h++) {
        const uint8_t *record = img->bytes + FIELD(fn, HANDLERS_OFFSET) + (uint64_t)RH_IMG_HANDLER_SIZE * h;
        uint32_t start = read_u32(record + RH_IMG_HANDLER_START), end = read_u32(record + RH_IMG_HANDLER_END);
        int32_t reg = (int32_t)read_u32(record + RH_IMG_HANDLER_REGISTER);
        int end_ok = end == code_length || is_start(starts, end, code_length);
        if (!is_start(starts, start, code_length) || !end_ok || start >= end
            || !is_start(starts, read_u32(record + RH_IMG_HANDLER_HANDLER), code_length)
            || reg < lowest || reg >= (int64_t)FIELD(fn, REGISTER_COUNT))
            return RH_IMAGE_BAD_HANDLER;
    }
    return RH_IMAGE_OK;
}

/* Varints of at most 5 bytes; bytecode offsets must stay inside the code. */
static int check_positions(const image *img, const function *fn)
{
    const uint8_t *p = img->bytes + FIELD(fn, POSITIONS_OFFSET);
    uint64_t length = FIELD(fn, POSITIONS_LENGTH), index = 0, offset = 0;
    int field = 0;
    while (index < length) {
        uint64_t value = 0;
        for (int shift = 0;; shift += 7) {
            if (index >= length || shift > 28)
                return RH_IMAGE_BAD_POSITIONS;
            uint8_t byte = p[index++];
            value |= (uint64_t)(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                break;
        }
        if (field == 0) {
            offset += value;
            if (offset > FIELD(fn, CODE_LENGTH))
                return RH_IMAGE_BAD_POSITIONS;
        }
        field = (field + 1) % 3;
    }
    return field == 0 ? RH_IMAGE_OK : RH_IMAGE_BAD_POSITIONS;
}

static int check_code(const image *img, const function *fn)
{
    uint64_t length = FIELD(fn, CODE_LENGTH);
    const uint8_t *code = img->bytes + FIELD(fn, CODE_OFFSET);
    uint8_t *starts = calloc(length / 8 + 1, 1);
    if (!starts)
        return RH_IMAGE_NO_MEMORY;
    int status = mark_instructions(code, length, starts);
    for (uint64_t offset = 0; status == RH_IMAGE_OK && offset < length;) {
        int size = rh_instruction_length(code, (size_t)length, (size_t)offset);
        int prefixed = code[offset] == RH_OP_Wide16 || code[offset] == RH_OP_Wide32;
        int width = !prefixed ? 1 : code[offset] == RH_OP_Wide16 ? 2 : 4;
        const uint8_t *p = code + offset + prefixed;
        if (!check_operands(img, fn, p, *p, width, offset, starts))
            status = RH_IMAGE_BAD_CODE;
        offset += (uint64_t)size;
    }
    if (status == RH_IMAGE_OK)
        status = check_handlers(img, fn, starts);
    free(starts);
    return status;
}

static int check_function(const image *img, uint32_t index)
{
    function fn;
    read_function(img, index, &fn);
    if ((FIELD(&fn, FLAGS) & ~RH_FN_KNOWN_FLAGS) || (FIELD(&fn, NAME) != RH_IMG_NONE && FIELD(&fn, NAME) >= img->string_count))
        return RH_IMAGE_BAD_FUNCTION;
    if (!span_ok(img, FIELD(&fn, CODE_OFFSET), FIELD(&fn, CODE_LENGTH), 4)
        || !span_ok(img, FIELD(&fn, HANDLERS_OFFSET), (uint64_t)FIELD(&fn, HANDLER_COUNT) * RH_IMG_HANDLER_SIZE, 4)
        || !span_ok(img, FIELD(&fn, POSITIONS_OFFSET), FIELD(&fn, POSITIONS_LENGTH), 1))
        return RH_IMAGE_BAD_FUNCTION;
    uint64_t first = FIELD(&fn, CONSTANTS_FIRST), count = FIELD(&fn, CONSTANT_COUNT);
    if (first + count > img->constant_count)
        return RH_IMAGE_BAD_CONSTANT;
    for (uint64_t c = first; c < first + count; c++) {
        if (!check_constant(img, &fn, c))
            return RH_IMAGE_BAD_CONSTANT;
    }
    if (!check_scopes(img, &fn))
        return RH_IMAGE_BAD_SCOPE;
    int status = check_code(img, &fn);
    return status != RH_IMAGE_OK ? status : check_positions(img, &fn);
}

int rh_image_check(const uint8_t *bytes, size_t length)
{
    image img;
    int status = check_header(bytes, length, &img);
    if (status == RH_IMAGE_OK)
        status = check_tables(&img);
    if (status == RH_IMAGE_OK)
        status = check_strings(&img);
    for (uint32_t i = 0; status == RH_IMAGE_OK && i < img.function_count; i++)
        status = check_function(&img, i);
    return status;
}

const char *rh_image_status_message(int status)
{
    static const char *const messages[] = {
        [RH_IMAGE_OK] = "ok",
        [RH_IMAGE_TRUNCATED] = "truncated image",
        [RH_IMAGE_BAD_MAGIC] = "bad magic: not a Realm Host image",
        [RH_IMAGE_BAD_VERSION] = "image format version differs from this engine's",
        [RH_IMAGE_BAD_OPCODE_TABLE] = "image built for another opcode table",
        [RH_IMAGE_BAD_LENGTH] = "image length differs from its header",
        [RH_IMAGE_BAD_CHECKSUM] = "image checksum mismatch",
        [RH_IMAGE_BAD_HEADER] = "invalid image header",
        [RH_IMAGE_BAD_TABLE] = "a table lies outside the image or is misaligned",
        [RH_IMAGE_BAD_STRING] = "a string lies outside the image",
        [RH_IMAGE_BAD_FUNCTION] = "invalid function record",
        [RH_IMAGE_BAD_CONSTANT] = "invalid constant",
        [RH_IMAGE_BAD_CODE] = "invalid bytecode",
        [RH_IMAGE_BAD_HANDLER] = "invalid exception handler",
        [RH_IMAGE_BAD_POSITIONS] = "invalid source position table",
        [RH_IMAGE_BAD_SCOPE] = "invalid scope layout",
        [RH_IMAGE_NO_MEMORY] = "out of memory while checking the image",
    };
    if (status < 0 || status >= (int)(sizeof messages / sizeof messages[0]))
        return "unknown image status";
    return messages[status];
}

/* The C view of a loaded image (rh_code.h): function headers decoded once per agent, pointing
 * into the image bytes, and the image's strings turned into this agent's atoms on first use. */
#include <stdlib.h>
#include <string.h>

#include "rh_atom.h"
#include "rh_code.h"
#include "rh_error.h"
#include "rh_string.h"

static inline uint32_t u32_at(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

static inline uint64_t u64_at(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

static const uint8_t *function_record(const rh_loaded_image *image, uint32_t index)
{
    uint32_t table = u32_at(image->bytes + RH_IMG_HEADER_FUNCTION_TABLE);
    return image->bytes + table + (size_t)index * (RH_IMG_FUNCTION_SIZE + 4 * RH_METADATA_KIND_COUNT);
}

static const uint8_t *constant_record(const rh_loaded_image *image, uint32_t index)
{
    return image->bytes + u32_at(image->bytes + RH_IMG_HEADER_CONSTANT_TABLE) + (size_t)index * RH_IMG_CONSTANT_SIZE;
}

/* Metadata table layout: each kind's entries contiguous, each kind 8-aligned. */
static void lay_out_metadata(rh_unlinked *fn, const uint8_t *counts)
{
    uint32_t offset = 0;
    for (int kind = 0; kind < RH_METADATA_KIND_COUNT; kind++) {
        fn->meta_offsets[kind] = offset;
        offset += u32_at(counts + 4 * kind) * (uint32_t)rh_metadata_entry_size(kind);
        offset = (offset + 7u) & ~7u;
    }
    fn->meta_bytes = offset;
}

static void decode_function(rh_loaded_image *image, uint32_t index, const uint8_t ***scope_cursor)
{
    const uint8_t *r = function_record(image, index);
    rh_unlinked *fn = &image->functions[index];
    uint32_t scopes_offset = u32_at(r + RH_IMG_FUNCTION_SCOPES_OFFSET);
    fn->image = image;
    fn->index = index;
    fn->name = u32_at(r + RH_IMG_FUNCTION_NAME);
    fn->flags = u32_at(r + RH_IMG_FUNCTION_FLAGS);
    fn->parameter_count = u32_at(r + RH_IMG_FUNCTION_PARAMETER_COUNT);
    fn->length = u32_at(r + RH_IMG_FUNCTION_LENGTH);
    fn->register_count = u32_at(r + RH_IMG_FUNCTION_REGISTER_COUNT);
    fn->code = image->bytes + u32_at(r + RH_IMG_FUNCTION_CODE_OFFSET);
    fn->code_length = u32_at(r + RH_IMG_FUNCTION_CODE_LENGTH);
    fn->constants_first = u32_at(r + RH_IMG_FUNCTION_CONSTANTS_FIRST);
    fn->constant_count = u32_at(r + RH_IMG_FUNCTION_CONSTANT_COUNT);
    fn->handlers = (const rh_image_handler *)(const void *)(image->bytes + u32_at(r + RH_IMG_FUNCTION_HANDLERS_OFFSET));
    fn->handler_count = u32_at(r + RH_IMG_FUNCTION_HANDLER_COUNT);
    fn->positions = image->bytes + u32_at(r + RH_IMG_FUNCTION_POSITIONS_OFFSET);
    fn->positions_length = u32_at(r + RH_IMG_FUNCTION_POSITIONS_LENGTH);
    fn->scope_count = u32_at(r + RH_IMG_FUNCTION_SCOPE_COUNT);
    fn->source_start = u32_at(r + RH_IMG_FUNCTION_SOURCE_START);
    fn->source_end = u32_at(r + RH_IMG_FUNCTION_SOURCE_END);
    lay_out_metadata(fn, r + RH_IMG_FUNCTION_SIZE);
    /* Scope records are variable-sized: index them once. */
    fn->scopes = *scope_cursor;
    const uint8_t *p = image->bytes + scopes_offset;
    for (uint32_t s = 0; s < fn->scope_count; s++) {
        **scope_cursor = p;
        ++*scope_cursor;
        p += 4 + 4 * (size_t)u32_at(p);
    }
}

static uint32_t total_scopes(const rh_loaded_image *image)
{
    uint32_t total = 0;
    for (uint32_t i = 0; i < image->function_count; i++)
        total += u32_at(function_record(image, i) + RH_IMG_FUNCTION_SCOPE_COUNT);
    return total;
}

rh_loaded_image *rh_image_load(rh_agent *agent, const uint8_t *bytes, size_t length, int *status)
{
    rh_loaded_image *image;
    const uint8_t **cursor;
    size_t scopes;
    *status = rh_image_check(bytes, length);
    if (*status != RH_IMAGE_OK)
        return NULL;
    *status = RH_IMAGE_NO_MEMORY;
    image = calloc(1, sizeof *image);
    if (image == NULL)
        return NULL;
    image->bytes = bytes;
    image->length = length;
    image->filename = RH_UNDEFINED;
    image->image_flags = u32_at(bytes + RH_IMG_HEADER_IMAGE_FLAGS);
    image->root_function = u32_at(bytes + RH_IMG_HEADER_ROOT_FUNCTION);
    image->function_count = u32_at(bytes + RH_IMG_HEADER_FUNCTION_COUNT);
    image->string_count = u32_at(bytes + RH_IMG_HEADER_STRING_COUNT);
    image->constant_count = u32_at(bytes + RH_IMG_HEADER_CONSTANT_COUNT);
    scopes = total_scopes(image);
    image->functions = calloc(image->function_count ? image->function_count : 1, sizeof *image->functions);
    image->scope_records = calloc(scopes ? scopes : 1, sizeof *image->scope_records);
    image->strings = malloc((image->string_count ? image->string_count : 1) * sizeof *image->strings);
    if (image->functions == NULL || image->scope_records == NULL || image->strings == NULL) {
        free(image->functions);
        free(image->scope_records);
        free(image->strings);
        free(image);
        return NULL;
    }
    for (uint32_t i = 0; i < image->string_count; i++)
        image->strings[i] = RH_UNDEFINED;
    cursor = image->scope_records;
    for (uint32_t i = 0; i < image->function_count; i++)
        decode_function(image, i, &cursor);
    image->owned_bytes = sizeof *image + image->function_count * sizeof *image->functions +
                         scopes * sizeof *image->scope_records + image->string_count * sizeof *image->strings;
    image->next = agent->images;
    agent->images = image;
    *status = RH_IMAGE_OK;
    return image;
}

rh_status image_string(rh_agent *agent, rh_loaded_image *image, uint32_t index, rh_value *out)
{
    const uint8_t *record;
    uint32_t length;
    rh_string *s, *atom;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    if (image->strings[index] != RH_UNDEFINED) {
        *out = image->strings[index];
        return RH_OK;
    }
    record = image->bytes + u32_at(image->bytes + RH_IMG_HEADER_STRING_TABLE) + (size_t)index * RH_IMG_STRING_SIZE;
    length = u32_at(record + RH_IMG_STRING_LENGTH);
    if (length & RH_IMG_UTF16_FLAG)
        status = str_from_utf16(agent, 0, (const uint16_t *)(const void *)(image->bytes + u32_at(record)),
                                length & ~RH_IMG_UTF16_FLAG, &s);
    else
        status = str_from_latin1(agent, 0, image->bytes + u32_at(record), length, &s);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_string(s);
    heap_enter_frame(agent, &frame, roots, 1);
    status = atom_intern(agent, s, &atom);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    image->strings[index] = value_from_string(atom);
    *out = image->strings[index];
    return RH_OK;
}

uint32_t image_constant_tag(const rh_unlinked *fn, uint32_t i)
{
    return u32_at(constant_record(fn->image, fn->constants_first + i) + RH_IMG_CONSTANT_TAG);
}

uint32_t image_constant_a(const rh_unlinked *fn, uint32_t i)
{
    return u32_at(constant_record(fn->image, fn->constants_first + i) + RH_IMG_CONSTANT_A);
}

rh_status image_constant_value(rh_agent *agent, const rh_unlinked *fn, uint32_t i, rh_value *out)
{
    const uint8_t *record = constant_record(fn->image, fn->constants_first + i);
    switch (u32_at(record + RH_IMG_CONSTANT_TAG)) {
    case RH_IMG_TAG_NUMBER: {
        uint64_t bits = u64_at(record + RH_IMG_CONSTANT_B);
        double d;
        memcpy(&d, &bits, sizeof d);
        *out = value_from_number(d);
        return RH_OK;
    }
    case RH_IMG_TAG_STRING:
        return image_string(agent, fn->image, u32_at(record + RH_IMG_CONSTANT_A), out);
    case RH_IMG_TAG_BIGINT:
        *out = RH_UNDEFINED;
        return rh_throw_syntax_error(agent, "BigInt is not supported yet");
    default:
        *out = RH_UNDEFINED;
        return RH_ERR_TYPE; /* other kinds have their own readers */
    }
}

const rh_unlinked *image_constant_function(const rh_unlinked *fn, uint32_t i)
{
    return &fn->image->functions[image_constant_a(fn, i)];
}

const uint32_t *image_u32_at(const rh_loaded_image *image, uint32_t offset)
{
    return (const uint32_t *)(const void *)(image->bytes + offset);
}

uint32_t image_scope_slot_count(const rh_unlinked *fn, uint32_t scope)
{
    return u32_at(fn->scopes[scope]);
}

uint32_t image_scope_slot_name(const rh_unlinked *fn, uint32_t scope, uint32_t slot)
{
    return u32_at(fn->scopes[scope] + 4 + 4 * (size_t)slot);
}

/* One LEB128 varint (at most 5 bytes, engine/bytecode/function.py). */
static uint32_t read_varint(const uint8_t **p, const uint8_t *end)
{
    uint32_t value = 0;
    for (int shift = 0; *p < end && shift < 35; shift += 7) {
        uint8_t byte = *(*p)++;
        value |= (uint32_t)(byte & 0x7Fu) << shift;
        if (!(byte & 0x80u))
            break;
    }
    return value;
}

bool image_position_at(const rh_unlinked *fn, uint32_t offset, uint32_t *line, uint32_t *column)
{
    const uint8_t *p = fn->positions, *end = fn->positions + fn->positions_length;
    uint32_t at = 0;
    int64_t current_line = 0;
    bool found = false;
    while (p < end) {
        uint32_t delta = read_varint(&p, end);
        uint32_t zigzag = read_varint(&p, end);
        uint32_t col = read_varint(&p, end);
        at += delta;
        current_line += (zigzag & 1u) ? -(int64_t)((zigzag + 1) >> 1) : (int64_t)(zigzag >> 1);
        if (at > offset)
            break;
        *line = (uint32_t)current_line;
        *column = col;
        found = true;
    }
    return found;
}

void image_set_filename(rh_agent *agent, rh_loaded_image *image, const char *utf8)
{
    rh_string *s;
    if (str_from_utf8(agent, 0, utf8, strlen(utf8), &s) == RH_OK)
        image->filename = value_from_string(s);
}

void image_runtime_mark(rh_agent *agent)
{
    for (rh_loaded_image *image = agent->images; image != NULL; image = image->next) {
        heap_mark_value(agent, image->filename);
        for (uint32_t i = 0; i < image->string_count; i++)
            heap_mark_value(agent, image->strings[i]);
    }
}

void image_runtime_drop_roots(rh_agent *agent)
{
    for (rh_loaded_image *image = agent->images; image != NULL; image = image->next) {
        image->filename = RH_UNDEFINED;
        for (uint32_t i = 0; i < image->string_count; i++)
            image->strings[i] = RH_UNDEFINED;
    }
}

void image_runtime_free_all(rh_agent *agent)
{
    rh_loaded_image *image = agent->images;
    while (image != NULL) {
        rh_loaded_image *next = image->next;
        free(image->functions);
        free(image->scope_records);
        free(image->strings);
        free(image);
        image = next;
    }
    agent->images = NULL;
}

size_t image_runtime_bytes(rh_agent *agent)
{
    size_t total = 0;
    for (rh_loaded_image *image = agent->images; image != NULL; image = image->next)
        total += image->owned_bytes;
    return total;
}

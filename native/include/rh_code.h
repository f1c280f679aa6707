/* Code as the C core sees it.
 *
 * image_runtime.c: a loaded image is the C view of an immutable bytecode image, per agent: the
 * function records decoded into rh_unlinked headers that point into the image bytes (the
 * instruction streams are never copied or written), and a lazily filled cache turning the image's
 * strings into this agent's atoms. The image bytes stay owned by the host (the Store keeps them
 * alive or mapped for as long as the agent can run them).
 *
 * link.c: a linked code block is the per-(function, realm) part: one cell holding the metadata
 * table the unlinked function counted (entries grouped by kind, each kind's entries contiguous,
 * sizes from the generated rh_meta_* structs). It is made the first time a function runs in a
 * realm, found again through the realm's code table, and is the only per-realm cost of code. */
#ifndef RH_CODE_H
#define RH_CODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rh_agent.h"
#include "rh_realm.h"
#include "rh_heap.h"
#include "rh_image.h"
#include "rh_opcodes.h"
#include "rh_status.h"
#include "rh_value.h"

typedef struct rh_loaded_image rh_loaded_image;
typedef struct rh_unlinked rh_unlinked;

/* One exception handler record, read in place (the image aligns it to 4 bytes). */
typedef struct rh_image_handler {
    uint32_t start;
    uint32_t end;
    uint32_t handler;
    int32_t reg;
    uint32_t context_depth;
} rh_image_handler;

struct rh_unlinked {
    rh_loaded_image *image;
    const uint8_t *code;                  /* into the image */
    const rh_image_handler *handlers;     /* into the image */
    const uint8_t *positions;             /* into the image */
    const uint8_t *const *scopes;         /* scope_count records: u32 slot count, string indexes */
    uint32_t index;
    uint32_t name;                        /* string index or RH_IMG_NONE */
    uint32_t flags;                       /* RH_FN_* */
    uint32_t parameter_count;
    uint32_t length;
    uint32_t register_count;
    uint32_t code_length;
    uint32_t constants_first;
    uint32_t constant_count;
    uint32_t handler_count;
    uint32_t positions_length;
    uint32_t scope_count;
    uint32_t source_start;
    uint32_t source_end;
    uint32_t meta_offsets[RH_METADATA_KIND_COUNT]; /* byte offset of each kind's entries */
    uint32_t meta_bytes;                           /* size of the whole metadata table */
};

struct rh_loaded_image {
    rh_loaded_image *next;
    const uint8_t *bytes;
    size_t length;
    uint32_t image_flags;
    uint32_t root_function;
    uint32_t function_count;
    uint32_t string_count;
    uint32_t constant_count;
    rh_unlinked *functions;
    const uint8_t **scope_records;
    rh_value *strings;   /* atom per string index, RH_UNDEFINED until first use (roots) */
    size_t owned_bytes;  /* the C-side tables above, charged to the agent */
    rh_value filename;   /* a string for stack traces, set by the host (a root) */
    bool is_eval;        /* eval code: its var and function declarations are deletable */
};

typedef struct rh_code_block {
    rh_cell cell;
    const rh_unlinked *unlinked;
    uint32_t meta_bytes;
    uint32_t pad;
    _Alignas(8) uint8_t meta[];
} rh_code_block;

/* --- image_runtime.c --- */
/* Checks (rh_image_check) and loads an image for agent; NULL when the image is refused or memory
 * ran out (*status says which: an rh_image_status, or RH_IMAGE_NO_MEMORY). */
rh_loaded_image *rh_image_load(rh_agent *agent, const uint8_t *bytes, size_t length, int *status);
/* The agent's atom for string index (cached). */
rh_status image_string(rh_agent *agent, rh_loaded_image *image, uint32_t index, rh_value *out) RH_WUR;
/* Constant i of fn as a value: a number or a string (other constant kinds have their own readers). */
rh_status image_constant_value(rh_agent *agent, const rh_unlinked *fn, uint32_t i, rh_value *out) RH_WUR;
/* Constant i's raw record fields. */
uint32_t image_constant_tag(const rh_unlinked *fn, uint32_t i);
uint32_t image_constant_a(const rh_unlinked *fn, uint32_t i);
/* The nested function of constant i (tag FUNCTION). */
const rh_unlinked *image_constant_function(const rh_unlinked *fn, uint32_t i);
/* A u32 array in the image at byte offset (TEMPLATE and BINDINGS constants). */
const uint32_t *image_u32_at(const rh_loaded_image *image, uint32_t offset);
/* The slot count of scope i of fn, and the string index of its slot s. */
uint32_t image_scope_slot_count(const rh_unlinked *fn, uint32_t scope);
uint32_t image_scope_slot_name(const rh_unlinked *fn, uint32_t scope, uint32_t slot);
/* (line, column) of the last position entry at or before offset; false when there is none. */
bool image_position_at(const rh_unlinked *fn, uint32_t offset, uint32_t *line, uint32_t *column);
void image_set_filename(rh_agent *agent, rh_loaded_image *image, const char *utf8);
void image_runtime_mark(rh_agent *agent);
/* Forgets the cached strings (roots), before the agent's last collection. */
void image_runtime_drop_roots(rh_agent *agent);
/* Frees the loaded images: after every cell (code blocks read their functions) is gone. */
void image_runtime_free_all(rh_agent *agent);
size_t image_runtime_bytes(rh_agent *agent);

/* --- link.c --- */
/* The shape of an empty property-IC way: no object has it. */
#define RH_IC_NO_SHAPE ((const struct rh_shape *)(uintptr_t)8)
/* The holder of a way that answers an array's "length" (arrays keep it outside the shape). */
#define RH_IC_ARRAY_LENGTH ((struct rh_object *)(uintptr_t)16)
/* The realm's linked block for fn, made (and counted under RH_MEM_METADATA) on first use. */
rh_status link_code_block(rh_agent *agent, rh_realm *realm, const rh_unlinked *fn, rh_code_block **out) RH_WUR;
static inline void *code_meta(rh_code_block *block, unsigned kind, uint32_t index, size_t entry_size)
{
    return block->meta + block->unlinked->meta_offsets[kind] + (size_t)index * entry_size;
}
void code_block_trace(rh_agent *agent, rh_code_block *block);
/* Bytes of the buffers a block owns (polymorphic inline-cache ways), counted as metadata. */
size_t code_block_buffer_bytes(rh_code_block *block);
void code_block_finalize(rh_agent *agent, rh_code_block *block);
void link_mark_code_table(rh_agent *agent, rh_code_table *table);
void link_free_code_table(rh_agent *agent, rh_realm *realm);
size_t link_code_table_bytes(const rh_code_table *table);

#endif

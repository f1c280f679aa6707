/* Ordinary objects: storage (object.c) and the spec's internal methods (object_ops.c).
 *
 * Named properties live in slots described by the object's shape (inline slots right after the
 * header, then an out-of-line array), or, in dictionary mode (many properties, a delete, or a
 * changed attribute), in an ordered hash table and the shape pointer is NULL. Integer-index keys
 * live in the elements (elements.c): a dense array of values with holes, or a sparse table. */
#ifndef RH_OBJECT_H
#define RH_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rh_dict.h"
#include "rh_heap.h"
#include "rh_shape.h"
#include "rh_status.h"
#include "rh_value.h"

typedef struct rh_realm rh_realm;

typedef enum rh_object_kind {
    RH_OBJ_ORDINARY = 0,
    RH_OBJ_ARRAY = 1,
    RH_OBJ_GLOBAL = 2,
    RH_OBJ_FUNCTION = 3,        /* bytecode closure: rh_function_data after the inline slots */
    RH_OBJ_NATIVE_FUNCTION = 4, /* C function: rh_function_data after the inline slots */
    RH_OBJ_BOUND_FUNCTION = 5,  /* bound function: rh_function_data after the inline slots */
    RH_OBJ_ERROR = 6,           /* has [[ErrorData]] */
    RH_OBJ_PRIMITIVE = 7,       /* Boolean/Number/String/Symbol wrapper: the value after the inline slots */
    RH_OBJ_ARGUMENTS = 8,       /* an arguments object (mapped: rh_arguments_exotic.h) */
    RH_OBJ_INTERNAL = 9,        /* engine-private state (for-in, iterators): values after the inline slots */
} rh_object_kind;

#define RH_OBJ_EXTENSIBLE 0x01u
#define RH_OBJ_DICTIONARY 0x02u
#define RH_OBJ_SPARSE 0x04u             /* elements are a dict of index keys */
#define RH_OBJ_LENGTH_READONLY 0x08u    /* arrays: "length" is not writable */
#define RH_OBJ_LAZY_HOLDER 0x10u        /* an intrinsic with self-hosted methods not yet installed (selfhost.c) */

#define RH_OBJECT_INLINE_SLOTS 4

/* Dense elements: values[0 .. length) are elements or RH_HOLE; indices >= length are absent. */
typedef struct rh_dense {
    uint32_t capacity;
    uint32_t length;
    rh_value values[];
} rh_dense;

struct rh_object {
    rh_cell cell;
    rh_shape *shape;        /* NULL in dictionary mode */
    rh_object *proto;       /* NULL for a null prototype */
    union {
        rh_value *slots;    /* shape mode: slots past the inline ones */
        rh_dict *dict;      /* dictionary mode */
    } props;
    union {
        rh_dense *dense;    /* NULL when the object has no elements */
        rh_dict *sparse;    /* RH_OBJ_SPARSE */
    } elements;
    uint32_t ool_capacity;  /* capacity of props.slots */
    uint32_t array_length;  /* arrays: the value of "length" */
    uint8_t kind;           /* rh_object_kind */
    uint8_t flags;          /* RH_OBJ_* */
    uint8_t inline_capacity;
    uint8_t internal_count; /* RH_OBJ_PRIMITIVE / RH_OBJ_INTERNAL: values after the inline slots */
    uint8_t pad[4];
    rh_value inline_slots[];
};

/* A property descriptor (https://tc39.es/ecma262/#sec-property-descriptor-specification-type):
 * `fields` says which fields are present, `attrs` holds the present boolean fields. */
#define RH_DESC_VALUE 0x01u
#define RH_DESC_WRITABLE 0x02u
#define RH_DESC_GET 0x04u
#define RH_DESC_SET 0x08u
#define RH_DESC_ENUMERABLE 0x10u
#define RH_DESC_CONFIGURABLE 0x20u

typedef struct rh_property_descriptor {
    rh_value value;
    rh_value getter;
    rh_value setter;
    uint8_t fields;
    uint8_t attrs; /* RH_ATTR_WRITABLE / ENUMERABLE / CONFIGURABLE */
} rh_property_descriptor;

/* --- object.c: cells and storage --- */

/* A new empty object charged to realm; proto may be NULL. inline_slots <= 255. */
rh_status obj_new(rh_agent *agent, rh_realm *realm, rh_object_kind kind, rh_object *proto,
                  uint8_t inline_slots, rh_object **out) RH_WUR;
/* The same with internal_values (<= 255) undefined values after the inline slots: the internal
 * slots of wrappers and engine-private objects, traced by obj_trace. Functions use func_new_*. */
rh_status obj_new_with_internals(rh_agent *agent, rh_realm *realm, rh_object_kind kind, rh_object *proto,
                                 uint8_t inline_slots, uint32_t internal_values, rh_object **out) RH_WUR;
/* The internal values of an RH_OBJ_PRIMITIVE / RH_OBJ_INTERNAL object (internal_count of them). */
static inline rh_value *obj_internals(rh_object *o) { return &o->inline_slots[o->inline_capacity]; }
size_t obj_cell_size(uint8_t inline_slots);
/* A function object cell (function.c fills its rh_function_data before allocating again). */
rh_status obj_new_function_cell(rh_agent *agent, rh_realm *realm, rh_object_kind kind, rh_object *proto,
                                rh_object **out) RH_WUR;
static inline bool obj_is_dictionary(const rh_object *o) { return (o->flags & RH_OBJ_DICTIONARY) != 0; }
static inline bool obj_is_array(const rh_object *o) { return o->kind == RH_OBJ_ARRAY; }

/* Inline-cache primitives: the shape to compare (NULL: dictionary mode, no cache), and slots. */
static inline rh_shape *obj_shape(const rh_object *o) { return o->shape; }
static inline rh_value *obj_slot_ref(rh_object *o, uint32_t slot)
{
    return slot < o->inline_capacity ? &o->inline_slots[slot] : &o->props.slots[slot - o->inline_capacity];
}
static inline rh_value obj_slot_get(rh_object *o, uint32_t slot) { return *obj_slot_ref(o, slot); }
static inline void obj_slot_set(rh_object *o, uint32_t slot, rh_value v) { *obj_slot_ref(o, slot) = v; }

/* Appends a named (string or symbol) property that o does not have yet: value is the data value
 * or the getter, setter is used for accessors. o, key, value and setter must be rooted. */
rh_status obj_add_named(rh_agent *agent, rh_object *o, rh_value key, rh_value value, rh_value setter,
                        uint8_t attrs) RH_WUR;
/* Removes a named property o has. */
rh_status obj_remove_named(rh_agent *agent, rh_object *o, rh_value key) RH_WUR;

/* Switches o to dictionary mode (idempotent). */
rh_status obj_to_dictionary(rh_agent *agent, rh_object *o) RH_WUR;

void obj_trace(rh_agent *agent, rh_object *o);
void obj_finalize(rh_agent *agent, rh_object *o);
size_t obj_buffer_bytes(const rh_object *o);

/* --- object_ops.c: internal methods of ordinary objects (and arrays, through array.c) --- */

/* https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-getownproperty-p
 * Returns whether the property exists; fills *desc (fully populated) when it does. */
bool obj_get_own_property(rh_agent *agent, rh_object *o, rh_value key, rh_property_descriptor *desc);
/* [[DefineOwnProperty]], dispatching to the array exotic version for arrays. *succeeded is the
 * spec's boolean result; the status reports failures the caller must throw. */
rh_status obj_define_own_property(rh_agent *agent, rh_object *o, rh_value key,
                                  const rh_property_descriptor *desc, bool *succeeded) RH_WUR;
/* https://tc39.es/ecma262/#sec-ordinarydefineownproperty */
rh_status obj_ordinary_define_own_property(rh_agent *agent, rh_object *o, rh_value key,
                                           const rh_property_descriptor *desc, bool *succeeded) RH_WUR;
/* https://tc39.es/ecma262/#sec-ordinaryhasproperty */
bool obj_has_property(rh_agent *agent, rh_object *o, rh_value key);
/* https://tc39.es/ecma262/#sec-ordinaryget: RH_OK with *out the value, or RH_NEEDS_CALL with
 * *out the getter to call with receiver. */
rh_status obj_get(rh_agent *agent, rh_object *o, rh_value key, rh_value receiver, rh_value *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-ordinaryset: RH_OK with *succeeded, or RH_NEEDS_CALL with *setter
 * to call with (receiver, value); then the result is true. */
rh_status obj_set(rh_agent *agent, rh_object *o, rh_value key, rh_value value, rh_value receiver,
                  bool *succeeded, rh_value *setter) RH_WUR;
/* https://tc39.es/ecma262/#sec-ordinarydelete */
rh_status obj_delete(rh_agent *agent, rh_object *o, rh_value key, bool *succeeded) RH_WUR;
/* https://tc39.es/ecma262/#sec-ordinaryownpropertykeys: writes up to capacity keys to out and the
 * total count to *count (call with capacity 0 to size a buffer). */
rh_status obj_own_property_keys(rh_agent *agent, rh_object *o, rh_value *out, size_t capacity,
                                size_t *count) RH_WUR;
/* https://tc39.es/ecma262/#sec-ordinarypreventextensions */
void obj_prevent_extensions(rh_object *o);
/* [[PreventExtensions]]: also right for a realm's global object (whose lazy globals it materialises). */
rh_status obj_internal_prevent_extensions(rh_agent *agent, rh_object *o) RH_WUR;
static inline bool obj_is_extensible(const rh_object *o) { return (o->flags & RH_OBJ_EXTENSIBLE) != 0; }
/* https://tc39.es/ecma262/#sec-ordinarysetprototypeof */
bool obj_set_prototype_of(rh_object *o, rh_object *proto);
/* https://tc39.es/ecma262/#sec-createdataproperty */
rh_status obj_create_data_property(rh_agent *agent, rh_object *o, rh_value key, rh_value value,
                                   bool *succeeded) RH_WUR;

#endif

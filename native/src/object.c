/* Object cells and their named-property storage: slots under a shape, or a dictionary. */
#include "rh_agent.h"
#include "rh_array.h"
#include "rh_function.h"
#include "rh_object.h"
#include "rh_realm.h"

size_t obj_cell_size(uint8_t inline_slots)
{
    return sizeof(rh_object) + (size_t)inline_slots * sizeof(rh_value);
}

/* An object cell with extra bytes after the inline slots (internal slots of exotic kinds). */
static rh_status new_object_cell(rh_agent *agent, rh_realm *realm, rh_object_kind kind, rh_object *proto,
                                 uint8_t inline_slots, size_t extra, rh_object **out)
{
    rh_object *o = heap_alloc_cell(agent, realm->index, RH_CELL_OBJECT, obj_cell_size(inline_slots) + extra);
    if (o == NULL)
        return RH_ERR_OOM;
    o->shape = agent->root_shape; /* made with the agent, never collected */
    o->proto = proto;
    o->kind = (uint8_t)kind;
    o->flags = RH_OBJ_EXTENSIBLE;
    o->inline_capacity = inline_slots;
    *out = o;
    return RH_OK;
}

rh_status obj_new(rh_agent *agent, rh_realm *realm, rh_object_kind kind, rh_object *proto, uint8_t inline_slots,
                  rh_object **out)
{
    return new_object_cell(agent, realm, kind, proto, inline_slots, 0, out);
}

rh_status obj_new_with_internals(rh_agent *agent, rh_realm *realm, rh_object_kind kind, rh_object *proto,
                                 uint8_t inline_slots, uint32_t internal_values, rh_object **out)
{
    rh_status status;
    if (internal_values > UINT8_MAX)
        return RH_ERR_RANGE;
    status = new_object_cell(agent, realm, kind, proto, inline_slots, internal_values * sizeof(rh_value), out);
    if (status != RH_OK)
        return status;
    (*out)->internal_count = (uint8_t)internal_values;
    for (uint32_t i = 0; i < internal_values; i++)
        obj_internals(*out)[i] = RH_UNDEFINED;
    return RH_OK;
}

/* Allocates a function cell: the caller fills func_data before the next allocation. */
rh_status obj_new_function_cell(rh_agent *agent, rh_realm *realm, rh_object_kind kind, rh_object *proto,
                                rh_object **out)
{
    return new_object_cell(agent, realm, kind, proto, RH_FUNCTION_INLINE_SLOTS, func_data_size(kind), out);
}

/* Out-of-line slot storage for at least `needed` slots in total. */
static rh_status ensure_slots(rh_agent *agent, rh_object *o, uint32_t needed)
{
    uint32_t capacity, old_capacity = o->ool_capacity;
    rh_value *slots;
    if (needed <= o->inline_capacity + old_capacity)
        return RH_OK;
    capacity = old_capacity ? old_capacity * 2 : 4;
    while (o->inline_capacity + capacity < needed)
        capacity *= 2;
    slots = heap_alloc_buffer(agent, o->cell.realm_index, RH_MEM_OBJECTS, capacity * sizeof *slots);
    if (slots == NULL)
        return RH_ERR_OOM;
    if (old_capacity)
        memcpy(slots, o->props.slots, old_capacity * sizeof *slots);
    heap_free_buffer(agent, o->cell.realm_index, RH_MEM_OBJECTS, o->props.slots, old_capacity * sizeof *slots);
    o->props.slots = slots;
    o->ool_capacity = capacity;
    return RH_OK;
}

static void free_slots(rh_agent *agent, rh_object *o)
{
    heap_free_buffer(agent, o->cell.realm_index, RH_MEM_OBJECTS, o->props.slots, o->ool_capacity * sizeof(rh_value));
    o->props.slots = NULL;
    o->ool_capacity = 0;
}

rh_status obj_to_dictionary(rh_agent *agent, rh_object *o)
{
    rh_shape *path[RH_SHAPE_MAX_PROPERTIES];
    rh_shape *shape = o->shape;
    rh_dict *dict;
    rh_status status;
    if (obj_is_dictionary(o))
        return RH_OK;
    /* Room for every property plus growth, so the adds below never reallocate. */
    status = dict_new(agent, o->cell.realm_index, RH_MEM_OBJECTS, shape->property_count + 4, &dict);
    if (status != RH_OK)
        return status;
    shape = o->shape;
    shape_path(shape, path);
    for (uint32_t i = 0; i < shape->property_count; i++) {
        rh_shape *node = path[i];
        rh_value setter = (node->attrs & RH_ATTR_ACCESSOR) ? obj_slot_get(o, node->slot + 1) : RH_UNDEFINED;
        status = dict_add(agent, o->cell.realm_index, RH_MEM_OBJECTS, &dict, node->key, obj_slot_get(o, node->slot),
                          setter, node->attrs);
        (void)status; /* cannot fail: the table has room */
    }
    free_slots(agent, o);
    o->props.dict = dict;
    o->shape = NULL;
    o->flags |= RH_OBJ_DICTIONARY;
    return RH_OK;
}

/* Appends a named property (key absent) with a complete description. */
rh_status obj_add_named(rh_agent *agent, rh_object *o, rh_value key, rh_value value, rh_value setter, uint8_t attrs)
{
    rh_shape *next;
    rh_status status;
    if (!obj_is_dictionary(o) && o->shape->property_count >= RH_SHAPE_MAX_PROPERTIES) {
        status = obj_to_dictionary(agent, o);
        if (status != RH_OK)
            return status;
    }
    if (obj_is_dictionary(o))
        return dict_add(agent, o->cell.realm_index, RH_MEM_OBJECTS, &o->props.dict, key, value, setter, attrs);
    /* Storage first: a new shape is unreachable until o points to it, so nothing may allocate
     * between shape_add and the assignment below. */
    status = ensure_slots(agent, o, o->shape->slot_count + ((attrs & RH_ATTR_ACCESSOR) ? 2 : 1));
    if (status != RH_OK)
        return status;
    status = shape_add(agent, o->cell.realm_index, o->shape, key, attrs, &next);
    if (status != RH_OK)
        return status;
    obj_slot_set(o, next->slot, value);
    if (attrs & RH_ATTR_ACCESSOR)
        obj_slot_set(o, next->slot + 1, setter);
    o->shape = next;
    return RH_OK;
}

/* Removes a named property (present, configurable). The newest property just pops the shape;
 * any other makes the object a dictionary. */
rh_status obj_remove_named(rh_agent *agent, rh_object *o, rh_value key)
{
    rh_status status;
    if (!obj_is_dictionary(o) && o->shape->key == key) {
        obj_slot_set(o, o->shape->slot, RH_UNDEFINED);
        o->shape = o->shape->parent;
        return RH_OK;
    }
    status = obj_to_dictionary(agent, o);
    if (status != RH_OK)
        return status;
    dict_remove(o->props.dict, dict_find(o->props.dict, key));
    return RH_OK;
}

void obj_trace(rh_agent *agent, rh_object *o)
{
    if (o->proto != NULL)
        heap_mark_cell(agent, &o->proto->cell);
    if (obj_is_dictionary(o)) {
        dict_trace(agent, o->props.dict);
    } else {
        heap_mark_cell(agent, &o->shape->cell);
        for (uint32_t i = 0; i < o->shape->slot_count; i++)
            heap_mark_value(agent, obj_slot_get(o, i));
    }
    elements_trace(agent, o);
    if (obj_is_function(o))
        func_trace(agent, o);
    for (uint32_t i = 0; i < o->internal_count; i++)
        heap_mark_value(agent, obj_internals(o)[i]);
}

void obj_finalize(rh_agent *agent, rh_object *o)
{
    if (obj_is_dictionary(o))
        dict_free(agent, o->cell.realm_index, RH_MEM_OBJECTS, o->props.dict);
    else
        free_slots(agent, o);
    elements_free(agent, o);
    if (obj_is_function(o))
        func_finalize(agent, o);
}

size_t obj_buffer_bytes(const rh_object *o)
{
    if (obj_is_dictionary(o))
        return dict_bytes(o->props.dict) + (obj_is_function(o) ? func_buffer_bytes(o) : 0);
    return o->ool_capacity * sizeof(rh_value) + (obj_is_function(o) ? func_buffer_bytes(o) : 0);
}

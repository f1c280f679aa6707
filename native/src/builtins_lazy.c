/* Native method tables installed one method at a time. A maker hands builtins_define_methods_lazily
 * a static table; the holder gets RH_OBJ_LAZY_HOLDER and a record here. A lookup of one key
 * installs that method alone (appended); anything that changes or lists the holder's properties
 * installs the rest first and restores the eager order: the properties the maker added before the
 * table, the table in its order, then everything added after it. selfhost_materialize is the one
 * entry point: it calls builtins_lazy_materialize before the self-hosted entries. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "rh_atom.h"
#include "rh_builtins.h"
#include "rh_function.h"
#include "rh_heap.h"
#include "rh_intrinsics.h"
#include "rh_object.h"
#include "rh_realm.h"
#include "rh_selfhost.h"
#include "rh_string.h"

/* Bits per table: a bigger table is installed eagerly. */
#define RH_LAZY_TABLE_MAX 64u

struct rh_lazy_table {
    rh_object *holder;                  /* an intrinsic of the realm: its intrinsics table roots it */
    const rh_builtin_method *methods;   /* static: makers' tables live as long as the program */
    uint32_t count;
    /* The holder's own string and symbol keys when the table was deferred: [[OwnPropertyKeys]]
     * lists strings before symbols, each in insertion order, so each kind has its own place. */
    uint16_t strings_before;
    uint16_t symbols_before;
    uint64_t done;                      /* a bit per entry installed (or deleted since) */
    uint64_t on_lookup;                 /* a bit per entry a lookup installed, out of table order */
};

/* The intrinsic id of o in realm, or -1. */
static int intrinsic_id(const rh_realm *realm, const rh_object *o)
{
    for (int id = 0; realm->intrinsics != NULL && id < RH_INTRINSIC__COUNT; id++) {
        if (realm->intrinsics[id] == o)
            return id;
    }
    return -1;
}

static rh_lazy_table *table_of(rh_realm *realm, const rh_object *holder)
{
    for (uint32_t i = 0; i < realm->lazy_table_count; i++) {
        if (realm->lazy_tables[i].holder == holder)
            return &realm->lazy_tables[i];
    }
    return NULL;
}

bool builtins_lazy_pending(rh_agent *agent, const rh_object *holder)
{
    rh_realm *realm = agent->realms[holder->cell.realm_index];
    rh_lazy_table *table = realm != NULL ? table_of(realm, holder) : NULL;
    uint64_t all = table != NULL && table->count < 64 ? (UINT64_C(1) << table->count) - 1 : UINT64_MAX;
    /* Entries a lookup installed still have to move to their table place. */
    return table != NULL && (table->done != all || table->on_lookup != 0);
}

/* Whether method m's property key is key (an atom or a well-known symbol). */
static bool method_has_key(rh_agent *agent, const rh_builtin_method *m, rh_value key)
{
    rh_string *s;
    size_t n;
    if (m->symbol != RH_BUILTIN_NO_SYMBOL)
        return value_is_symbol(key) && rh_well_known_symbol(agent, (rh_well_known_symbol_id)m->symbol) == key;
    if (!value_is_string(key))
        return false;
    s = str_flat_or_null(value_as_string(key));
    n = strlen(m->name);
    return s != NULL && !s->wide && s->length == n && memcmp(s->u.latin1, m->name, n) == 0;
}

/* A table can wait unless a self-hosted method replaces one of its entries: selfhost.c installs
 * those at the native property's place, so that property must exist when the holder registers. */
static bool may_defer(rh_agent *agent, rh_realm *realm, const rh_object *target, const rh_builtin_method *methods,
                      size_t count)
{
    int id = intrinsic_id(realm, target);
    if (count == 0 || count > RH_LAZY_TABLE_MAX || target->kind == RH_OBJ_ARRAY || id < 0 ||
        table_of(realm, target) != NULL)
        return false;
    for (size_t i = 0; i < count; i++) {
        if (selfhost_replaces_method(agent, id, methods[i].name, methods[i].symbol))
            return false;
    }
    return true;
}

/* One more record in the realm's table array. target must be rooted (this may allocate). */
static rh_status append_table(rh_agent *agent, rh_realm *realm, rh_object *target, const rh_builtin_method *methods,
                              size_t count, uint16_t strings_before, uint16_t symbols_before)
{
    uint32_t n = realm->lazy_table_count;
    rh_lazy_table *grown = heap_alloc_buffer(agent, realm->index, RH_MEM_BUILTINS, (n + 1) * sizeof *grown);
    if (grown == NULL)
        return RH_ERR_OOM;
    if (n > 0)
        memcpy(grown, realm->lazy_tables, n * sizeof *grown);
    if (realm->lazy_tables != NULL)
        heap_free_buffer(agent, realm->index, RH_MEM_BUILTINS, realm->lazy_tables, n * sizeof *grown);
    grown[n] = (rh_lazy_table){target, methods, (uint32_t)count, strings_before, symbols_before, 0, 0};
    realm->lazy_tables = grown;
    realm->lazy_table_count = n + 1;
    return RH_OK;
}

rh_status builtins_define_methods_lazily(rh_agent *agent, rh_realm *realm, rh_object *target,
                                         const rh_builtin_method *methods, size_t count)
{
    rh_value roots[1] = {value_from_object(target)};
    rh_value keys[RH_LAZY_TABLE_MAX];
    rh_root_frame frame;
    size_t present = 0;
    uint16_t strings = 0, symbols = 0;
    rh_status status;
    if (!may_defer(agent, realm, target, methods, count))
        return builtins_define_methods(agent, realm, target, methods, count);
    /* Listed while target is not lazy yet, so listing installs nothing. */
    status = obj_own_property_keys(agent, target, keys, RH_LAZY_TABLE_MAX, &present);
    if (status != RH_OK)
        return status;
    if (present > RH_LAZY_TABLE_MAX)
        return builtins_define_methods(agent, realm, target, methods, count);
    for (size_t k = 0; k < present; k++) {
        symbols += value_is_symbol(keys[k]);
        strings += value_is_string(keys[k]);
    }
    heap_enter_frame(agent, &frame, roots, 1);
    status = append_table(agent, realm, target, methods, count, strings, symbols);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        target->flags |= RH_OBJ_LAZY_HOLDER;
    return status;
}

/* Entry j of table, appended to its holder (rooted by the caller). */
static rh_status install_entry(rh_agent *agent, rh_realm *realm, rh_lazy_table *table, uint32_t j, bool on_lookup)
{
    table->done |= UINT64_C(1) << j;
    if (on_lookup)
        table->on_lookup |= UINT64_C(1) << j;
    return builtins_define_methods(agent, realm, table->holder, &table->methods[j], 1);
}

/* holder's own property key (rooted by the caller) removed and added again at the end, as it is. */
static rh_status move_to_end(rh_agent *agent, rh_object *holder, rh_value key)
{
    rh_value roots[4] = {key, RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_property_descriptor desc;
    bool accessor;
    rh_status status = RH_OK;
    if (!obj_get_own_property(agent, holder, key, &desc))
        return RH_OK;
    heap_enter_frame(agent, &frame, roots, 4);
    /* Rooted here while the holder no longer holds them. */
    roots[1] = desc.value;
    roots[2] = desc.getter;
    roots[3] = desc.setter;
    accessor = builtins_is_accessor(&desc);
    status = obj_remove_named(agent, holder, key);
    if (status == RH_OK)
        status = obj_add_named(agent, holder, key, accessor ? roots[2] : roots[1], accessor ? roots[3] : RH_UNDEFINED,
                               (uint8_t)(accessor ? desc.attrs | RH_ATTR_ACCESSOR : desc.attrs));
    heap_leave_frame(agent, &frame);
    return status;
}

/* Entry j's key (an atom or a well-known symbol) moved to the end of its holder. */
static rh_status move_entry_to_end(rh_agent *agent, rh_realm *realm, const rh_lazy_table *table, uint32_t j)
{
    const rh_builtin_method *m = &table->methods[j];
    rh_string *name;
    rh_status status;
    if (m->symbol != RH_BUILTIN_NO_SYMBOL)
        return move_to_end(agent, table->holder, rh_well_known_symbol(agent, (rh_well_known_symbol_id)m->symbol));
    status = atom_from_ascii(agent, realm->index, m->name, &name);
    return status == RH_OK ? move_to_end(agent, table->holder, value_from_string(name)) : status;
}

static bool is_table_key(rh_agent *agent, const rh_lazy_table *table, rh_value key)
{
    for (uint32_t j = 0; j < table->count; j++) {
        if (method_has_key(agent, &table->methods[j], key))
            return true;
    }
    return false;
}

/* Every remaining entry in table order (entries lookups installed early move to their place),
 * then every property added after the table moves behind it: the eager layout. */
static rh_status materialize_all(rh_agent *agent, rh_realm *realm, rh_lazy_table *table)
{
    rh_object *holder = table->holder;
    rh_value local[64];
    rh_value *keys = local;
    size_t count = 0;
    rh_status status = obj_own_property_keys(agent, holder, NULL, 0, &count);
    if (status == RH_OK && count > sizeof local / sizeof *local) {
        keys = malloc(count * sizeof *keys);
        status = keys == NULL ? RH_ERR_OOM : RH_OK;
    }
    /* The keys stay rooted through the holder: the moves below re-add each one they remove. */
    if (status == RH_OK)
        status = obj_own_property_keys(agent, holder, keys, count, &count);
    for (uint32_t j = 0; j < table->count && status == RH_OK; j++) {
        if (!(table->done >> j & 1u))
            status = install_entry(agent, realm, table, j, false);
        else if (table->on_lookup >> j & 1u)
            status = move_entry_to_end(agent, realm, table, j);
    }
    for (size_t k = 0, strings = 0, symbols = 0; k < count && status == RH_OK; k++) {
        bool after = value_is_symbol(keys[k])   ? symbols++ >= table->symbols_before
                     : value_is_string(keys[k]) ? strings++ >= table->strings_before
                                                : false;
        if (after && !is_table_key(agent, table, keys[k]))
            status = move_to_end(agent, holder, keys[k]);
    }
    table->on_lookup = 0;
    if (keys != local)
        free(keys);
    return status;
}

rh_status builtins_lazy_materialize(rh_agent *agent, rh_object *holder, rh_value key)
{
    rh_realm *realm = agent->realms[holder->cell.realm_index];
    rh_lazy_table *table = realm != NULL ? table_of(realm, holder) : NULL;
    uint8_t lazy = holder->flags & RH_OBJ_LAZY_HOLDER;
    rh_status status = RH_OK;
    if (table == NULL || !builtins_lazy_pending(agent, holder))
        return RH_OK;
    /* Lowered meanwhile: the holder's own definitions must not come back here. */
    holder->flags &= (uint8_t)~RH_OBJ_LAZY_HOLDER;
    if (value_is_undefined(key)) {
        status = materialize_all(agent, realm, table);
    } else {
        for (uint32_t j = 0; j < table->count; j++) {
            if (!(table->done >> j & 1u) && method_has_key(agent, &table->methods[j], key)) {
                status = install_entry(agent, realm, table, j, true);
                break;
            }
        }
    }
    holder->flags |= lazy;
    return status;
}

void builtins_lazy_free_realm(rh_agent *agent, rh_realm *realm)
{
    if (realm->lazy_tables != NULL)
        heap_free_buffer(agent, realm->index, RH_MEM_BUILTINS, realm->lazy_tables,
                         realm->lazy_table_count * sizeof *realm->lazy_tables);
    realm->lazy_tables = NULL;
    realm->lazy_table_count = 0;
}

size_t builtins_lazy_bytes(const rh_realm *realm)
{
    return realm->lazy_table_count * sizeof *realm->lazy_tables;
}

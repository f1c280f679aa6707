/* The self-hosted library attached to an agent, its shells installed lazily per realm, and the
 * code of its private helpers: a call links the helper in the realm and needs no function object;
 * only a helper read as a value gets one (rh_selfhost.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rh_atom.h"
#include "rh_builtins.h"
#include "rh_code.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_intrinsics.h"
#include "rh_realm.h"
#include "rh_selfhost.h"
#include "rh_string.h"

#define KIND_METHOD 0
#define KIND_GETTER 1
#define KIND_SETTER 2
#define KIND_FUNCTION 3

typedef struct install {
    int32_t holder;
    uint32_t function;
    int32_t kind;
    int32_t symbol; /* rh_well_known_symbol_id, or -1 */
    char *key;
} install;

/* What the agent holds for the library: shared by all of its realms, never written after attach. */
struct rh_selfhost {
    rh_loaded_image *image;
    const rh_unlinked **functions; /* the top-level functions, in declaration order */
    uint32_t function_count;
    install *installs;
    uint32_t install_count;
    size_t bytes;
    rh_string_transform_fn transform; /* the host's cold path for case mapping and normalisation */
};

static const char *const intrinsic_names[RH_INTRINSIC__COUNT] = {
#define RH_SELFHOST_NAME(name, maker) #name,
    RH_FOR_EACH_INTRINSIC(RH_SELFHOST_NAME)
#undef RH_SELFHOST_NAME
};

_Static_assert(RH_INTRINSIC__COUNT <= 64 * RH_SELFHOST_HOLDER_WORDS, "a bit per intrinsic in selfhost_installed");

int rh_selfhost_intrinsic_id(const char *name)
{
    for (int i = 0; i < RH_INTRINSIC__COUNT; i++) {
        if (strcmp(intrinsic_names[i], name) == 0)
            return i;
    }
    return -1;
}

uint32_t rh_selfhost_native_count(void)
{
    return RH_SELFHOST_NATIVE_COUNT;
}

static int well_known_symbol_id(const char *name)
{
    static const char *const names[RH_SYMBOL__COUNT] = {
#define RH_SELFHOST_WKS(name, description) #name,
        RH_FOR_EACH_WELL_KNOWN_SYMBOL(RH_SELFHOST_WKS)
#undef RH_SELFHOST_WKS
    };
    for (int i = 0; i < RH_SYMBOL__COUNT; i++) {
        if (strcmp(names[i], name) == 0)
            return i;
    }
    return -1;
}

/* The root function's function constants, in order: the library's top-level functions. */
static bool collect_functions(struct rh_selfhost *library)
{
    const rh_unlinked *root = &library->image->functions[library->image->root_function];
    library->functions = calloc(root->constant_count + 1, sizeof *library->functions);
    if (library->functions == NULL)
        return false;
    for (uint32_t i = 0; i < root->constant_count; i++) {
        if (image_constant_tag(root, i) == RH_IMG_TAG_FUNCTION)
            library->functions[library->function_count++] = image_constant_function(root, i);
    }
    library->bytes += (root->constant_count + 1) * sizeof *library->functions;
    return true;
}

static bool copy_entries(struct rh_selfhost *library, const rh_selfhost_entry *entries, uint32_t count)
{
    library->installs = calloc(count + 1, sizeof *library->installs);
    if (library->installs == NULL)
        return false;
    library->bytes += (count + 1) * sizeof *library->installs;
    for (uint32_t i = 0; i < count; i++) {
        const rh_selfhost_entry *e = &entries[i];
        install *in = &library->installs[library->install_count];
        if (e->holder < 0 || e->holder >= RH_INTRINSIC__COUNT || e->function >= library->function_count ||
            e->kind < KIND_METHOD || e->kind > KIND_FUNCTION || e->key == NULL)
            return false;
        in->holder = e->holder;
        in->function = e->function;
        in->kind = e->kind;
        in->symbol = e->kind == KIND_FUNCTION ? e->symbol : e->symbol ? well_known_symbol_id(e->key) : -1;
        if (e->kind != KIND_FUNCTION && e->symbol && in->symbol < 0)
            return false;
        in->key = strdup(e->key);
        if (in->key == NULL)
            return false;
        library->bytes += strlen(e->key) + 1;
        library->install_count++;
    }
    return true;
}

void selfhost_free(rh_agent *agent)
{
    struct rh_selfhost *library = agent->selfhost;
    if (library == NULL)
        return;
    for (uint32_t i = 0; i < library->install_count; i++)
        free(library->installs[i].key);
    free(library->installs);
    free(library->functions);
    free(library);
    agent->selfhost = NULL;
}

int rh_selfhost_attach(rh_agent *agent, rh_loaded_image *image, const rh_selfhost_entry *entries, uint32_t count)
{
    struct rh_selfhost *library = calloc(1, sizeof *library);
    if (library == NULL || image == NULL)
        return free(library), -1;
    selfhost_free(agent);
    agent->selfhost = library;
    library->image = image;
    library->bytes = sizeof *library;
    if (!collect_functions(library) || !copy_entries(library, entries, count)) {
        selfhost_free(agent);
        return -1;
    }
    return 0;
}

void rh_selfhost_set_string_transform(rh_agent *agent, rh_string_transform_fn fn)
{
    if (agent->selfhost != NULL)
        agent->selfhost->transform = fn;
}

rh_string_transform_fn selfhost_transformer(rh_agent *agent)
{
    return agent->selfhost != NULL ? agent->selfhost->transform : NULL;
}

size_t rh_selfhost_bytes(rh_agent *agent)
{
    return agent->selfhost != NULL ? agent->selfhost->bytes : 0;
}

/* --- shells --- */

/* A function object over the library's unlinked function fn: strict, not a constructor, no
 * code block until its first call. name_value undefined: no "length" and "name" (helpers). */
static rh_status new_shell(rh_agent *agent, rh_realm *realm, const rh_unlinked *fn, rh_value name_value,
                           rh_object **out)
{
    rh_object *proto, *f;
    rh_value roots[2] = {name_value, RH_UNDEFINED};
    rh_root_frame frame;
    rh_string *name_key;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_FunctionPrototype, &proto);
    if (status != RH_OK)
        return status;
    heap_enter_frame(agent, &frame, roots, 2);
    status = obj_new_function_cell(agent, realm, RH_OBJ_FUNCTION, proto, &f);
    if (status == RH_OK) {
        rh_function_data *data = func_data(f);
        memset(data, 0, sizeof *data);
        data->flags = RH_FUNC_STRICT;
        data->u.js.unlinked = fn;
        roots[1] = value_from_object(f);
        if (!value_is_undefined(name_value)) {
            /* https://tc39.es/ecma262/#sec-setfunctionlength, #sec-setfunctionname */
            status = obj_add_named(agent, f, agent->common.length, value_from_number(fn->length), RH_UNDEFINED,
                                   RH_ATTR_CONFIGURABLE);
            if (status == RH_OK)
                status = atom_from_ascii(agent, realm->index, "name", &name_key);
            if (status == RH_OK)
                status = obj_add_named(agent, f, value_from_string(name_key), roots[0], RH_UNDEFINED,
                                       RH_ATTR_CONFIGURABLE);
        }
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = f;
    return status;
}

/* The property key of an installation and its function's "name" value. */
static rh_status install_key_and_name(rh_agent *agent, rh_realm *realm, const install *in, rh_value *key,
                                      rh_value *name)
{
    char text[96];
    const char *prefix = in->kind == KIND_GETTER ? "get " : in->kind == KIND_SETTER ? "set " : "";
    rh_string *s;
    rh_status status;
    if (in->symbol >= 0) {
        *key = rh_well_known_symbol(agent, (rh_well_known_symbol_id)in->symbol);
        if (value_is_undefined(*key))
            return RH_ERR_OOM;
        snprintf(text, sizeof text, "%s[Symbol.%s]", prefix, in->key);
    } else {
        status = atom_from_ascii(agent, realm->index, in->key, &s);
        if (status != RH_OK)
            return status;
        *key = value_from_string(s);
        snprintf(text, sizeof text, "%s%s", prefix, in->key);
    }
    status = atom_from_ascii(agent, realm->index, text, &s);
    if (status == RH_OK)
        *name = value_from_string(s);
    return status;
}

/* Defines one installation on holder (rooted): methods writable and configurable, accessors
 * configurable (https://tc39.es/ecma262/#sec-ecmascript-standard-built-in-objects). shared: the
 * shell an earlier installation of the same function on this holder made (an alias), or NULL. */
static rh_status install_one(rh_agent *agent, rh_realm *realm, rh_object *holder, const install *in,
                             rh_object *shared, rh_object **made)
{
    struct rh_selfhost *library = agent->selfhost;
    rh_value roots[3] = {RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_object *shell;
    bool ok;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 3);
    status = install_key_and_name(agent, realm, in, &roots[0], &roots[1]);
    shell = shared;
    if (status == RH_OK && shell == NULL)
        status = new_shell(agent, realm, library->functions[in->function], roots[1], &shell);
    if (status == RH_OK) {
        *made = shell;
        rh_property_descriptor desc = {.value = RH_UNDEFINED, .getter = RH_UNDEFINED, .setter = RH_UNDEFINED};
        roots[2] = value_from_object(shell);
        if (in->kind == KIND_METHOD) {
            desc.value = roots[2];
            desc.fields = RH_DESC_VALUE | RH_DESC_WRITABLE | RH_DESC_ENUMERABLE | RH_DESC_CONFIGURABLE;
            desc.attrs = RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE;
        } else {
            if (in->kind == KIND_GETTER)
                desc.getter = roots[2];
            else
                desc.setter = roots[2];
            desc.fields = (in->kind == KIND_GETTER ? RH_DESC_GET : RH_DESC_SET) | RH_DESC_ENUMERABLE |
                          RH_DESC_CONFIGURABLE;
            desc.attrs = RH_ATTR_CONFIGURABLE;
        }
        status = obj_define_own_property(agent, holder, roots[0], &desc, &ok);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

/* Holders receiving at least this many self-hosted functions at once become dictionaries first:
 * dozens of properties added one by one would give the holder a shape per property, each with
 * its own lookup table; a dictionary holds them for a fraction of that. */
#define RH_SELFHOST_DICTIONARY_AT 8u

static bool entry_done(const rh_realm *realm, uint32_t j)
{
    return (realm->selfhost_entries_done[j / 64] >> (j % 64)) & 1u;
}

static void mark_entry_done(rh_realm *realm, uint32_t j)
{
    realm->selfhost_entries_done[j / 64] |= UINT64_C(1) << (j % 64);
}

/* The second half of the bits: entries installed by a lookup, out of table order. */
static bool entry_on_lookup(const rh_realm *realm, uint32_t j)
{
    uint32_t words = realm->selfhost_entry_words / 2;
    return (realm->selfhost_entries_done[words + j / 64] >> (j % 64)) & 1u;
}

static void mark_entry_on_lookup(rh_realm *realm, uint32_t j)
{
    uint32_t words = realm->selfhost_entry_words / 2;
    realm->selfhost_entries_done[words + j / 64] |= UINT64_C(1) << (j % 64);
}

/* Whether entry in's property key is key (an atom or a well-known symbol). */
static bool entry_has_key(rh_agent *agent, const install *in, rh_value key)
{
    rh_string *s;
    size_t n;
    if (in->symbol >= 0)
        return value_is_symbol(key) && rh_well_known_symbol(agent, (rh_well_known_symbol_id)in->symbol) == key;
    if (!value_is_string(key))
        return false;
    s = str_flat_or_null(value_as_string(key));
    n = strlen(in->key);
    return s != NULL && !s->wide && s->length == n && memcmp(s->u.latin1, in->key, n) == 0;
}

/* Installs entry j on holder (rooted) with every not yet installed entry of the same holder whose
 * method shares its function (an alias such as values and @@iterator): one shell for all. The
 * holder's lazy flag is lowered meanwhile, so its own definitions do not materialise it whole. */
static rh_status install_with_aliases(rh_agent *agent, rh_realm *realm, rh_object *holder, uint32_t j,
                                      bool on_lookup)
{
    struct rh_selfhost *library = agent->selfhost;
    const install *in = &library->installs[j];
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_object *made = NULL;
    uint8_t lazy = holder->flags & RH_OBJ_LAZY_HOLDER;
    rh_status status;
    /* The shared function takes the name of the first entry of the group (trimStart, not its
     * alias trimLeft), whichever key the lookup asked for: aliases follow their target. */
    uint32_t lead = j;
    for (uint32_t k = 0; k < j && in->kind == KIND_METHOD; k++) {
        const install *other = &library->installs[k];
        if (!entry_done(realm, k) && other->holder == in->holder && other->function == in->function &&
            other->kind == KIND_METHOD) {
            lead = k;
            break;
        }
    }
    mark_entry_done(realm, lead);
    if (on_lookup)
        mark_entry_on_lookup(realm, lead);
    holder->flags &= (uint8_t)~RH_OBJ_LAZY_HOLDER;
    heap_enter_frame(agent, &frame, roots, 1);
    status = install_one(agent, realm, holder, &library->installs[lead], NULL, &made);
    roots[0] = made != NULL ? value_from_object(made) : RH_UNDEFINED;
    for (uint32_t k = 0; k < library->install_count && status == RH_OK && in->kind == KIND_METHOD; k++) {
        const install *other = &library->installs[k];
        if (entry_done(realm, k) || other->holder != in->holder || other->function != in->function ||
            other->kind != KIND_METHOD)
            continue;
        mark_entry_done(realm, k);
        if (on_lookup)
            mark_entry_on_lookup(realm, k);
        status = install_one(agent, realm, holder, other, value_as_object(roots[0]), &made);
    }
    heap_leave_frame(agent, &frame);
    holder->flags |= lazy;
    return status;
}

/* The intrinsic id of holder in its realm, or -1. */
static int holder_id(const rh_realm *realm, const rh_object *holder)
{
    for (int id = 0; realm->intrinsics != NULL && id < RH_INTRINSIC__COUNT; id++) {
        if (realm->intrinsics[id] == holder)
            return id;
    }
    return -1;
}

/* Entry j (not installed yet) alone, sharing the shell of an alias already on the holder. */
static rh_status install_in_order(rh_agent *agent, rh_realm *realm, rh_object *holder, uint32_t j)
{
    struct rh_selfhost *library = agent->selfhost;
    const install *in = &library->installs[j];
    rh_object *shared = NULL, *made;
    rh_status status = RH_OK;
    for (uint32_t k = 0; k < library->install_count && shared == NULL && in->kind == KIND_METHOD; k++) {
        const install *other = &library->installs[k];
        rh_value key, name;
        rh_property_descriptor desc;
        if (k == j || !entry_done(realm, k) || other->holder != in->holder || other->function != in->function ||
            other->kind != KIND_METHOD)
            continue;
        status = install_key_and_name(agent, realm, other, &key, &name);
        if (status != RH_OK)
            return status;
        if (obj_get_own_property(agent, holder, key, &desc) && value_is_object(desc.value))
            shared = value_as_object(desc.value);
    }
    mark_entry_done(realm, j);
    return install_one(agent, realm, holder, in, shared, &made);
}

/* An entry a lookup installed early moves to its table place: removed and defined again, as it is. */
static rh_status move_to_end(rh_agent *agent, rh_realm *realm, rh_object *holder, uint32_t j)
{
    rh_value roots[4] = {RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_property_descriptor desc;
    bool ok;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 4);
    status = install_key_and_name(agent, realm, &agent->selfhost->installs[j], &roots[0], &roots[1]);
    if (status == RH_OK && obj_get_own_property(agent, holder, roots[0], &desc)) {
        /* Rooted here once the holder no longer holds them. */
        roots[1] = desc.value;
        roots[2] = desc.getter;
        roots[3] = desc.setter;
        desc.fields = builtins_is_accessor(&desc)
                          ? RH_DESC_GET | RH_DESC_SET | RH_DESC_ENUMERABLE | RH_DESC_CONFIGURABLE
                          : RH_DESC_VALUE | RH_DESC_WRITABLE | RH_DESC_ENUMERABLE | RH_DESC_CONFIGURABLE;
        status = obj_remove_named(agent, holder, roots[0]);
        if (status == RH_OK)
            status = obj_define_own_property(agent, holder, roots[0], &desc, &ok);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

/* Every remaining entry of holder id, in table order (entries lookups installed early move to
 * their place, so the layout is the eager one), then what the holder needs once complete. */
static rh_status materialize_all(rh_agent *agent, rh_realm *realm, rh_object *holder, int id)
{
    struct rh_selfhost *library = agent->selfhost;
    uint32_t remaining = 0;
    rh_status status = RH_OK;
    for (uint32_t j = 0; j < library->install_count; j++)
        remaining += library->installs[j].holder == id && library->installs[j].kind != KIND_FUNCTION &&
                     (!entry_done(realm, j) || entry_on_lookup(realm, j));
    /* Lowered first: the definitions below must not come back here. */
    holder->flags &= (uint8_t)~RH_OBJ_LAZY_HOLDER;
    if (remaining >= RH_SELFHOST_DICTIONARY_AT && !obj_is_dictionary(holder))
        status = obj_to_dictionary(agent, holder);
    for (uint32_t j = 0; j < library->install_count && status == RH_OK; j++) {
        const install *in = &library->installs[j];
        if (in->holder != id || in->kind == KIND_FUNCTION)
            continue;
        if (!entry_done(realm, j))
            status = install_in_order(agent, realm, holder, j);
        else if (entry_on_lookup(realm, j))
            status = move_to_end(agent, realm, holder, j);
    }
    if (status != RH_OK)
        return status;
    return selfhost_finish_holder(agent, realm, id, holder);
}

static bool holder_installed(const rh_realm *realm, int id);

bool selfhost_replaces_method(rh_agent *agent, int holder, const char *name, int symbol)
{
    const struct rh_selfhost *library = agent->selfhost;
    for (uint32_t j = 0; library != NULL && j < library->install_count; j++) {
        const install *in = &library->installs[j];
        if (in->kind == KIND_FUNCTION || in->holder != holder)
            continue;
        if (symbol != RH_BUILTIN_NO_SYMBOL ? in->symbol == symbol : in->symbol < 0 && strcmp(in->key, name) == 0)
            return true;
    }
    return false;
}

rh_status selfhost_materialize(rh_agent *agent, rh_object *holder, rh_value key)
{
    struct rh_selfhost *library = agent->selfhost;
    rh_realm *realm = agent->realms[holder->cell.realm_index];
    int id;
    rh_status status;
    if (!(holder->flags & RH_OBJ_LAZY_HOLDER))
        return RH_OK;
    /* Native methods first: the eager layout has them before the self-hosted ones. */
    status = builtins_lazy_materialize(agent, holder, key);
    if (status != RH_OK)
        return status;
    id = realm != NULL && library != NULL ? holder_id(realm, holder) : -1;
    if (id < 0 || !holder_installed(realm, id)) {
        /* No self-hosted methods (yet: registering raises the flag again). */
        if (value_is_undefined(key) || !builtins_lazy_pending(agent, holder))
            holder->flags &= (uint8_t)~RH_OBJ_LAZY_HOLDER;
        return RH_OK;
    }
    /* %Array.prototype%[@@unscopables] lists the other methods: it comes with all of them. */
    if (value_is_undefined(key) ||
        (id == RH_INTRINSIC_ArrayPrototype && key == rh_well_known_symbol(agent, RH_SYMBOL_unscopables)))
        return materialize_all(agent, realm, holder, id);
    for (uint32_t j = 0; j < library->install_count; j++) {
        const install *in = &library->installs[j];
        if (in->holder == id && in->kind != KIND_FUNCTION && !entry_done(realm, j) && entry_has_key(agent, in, key))
            return install_with_aliases(agent, realm, holder, j, true);
    }
    return RH_OK;
}

rh_status selfhost_materialize_chain(rh_agent *agent, rh_object *o, rh_value key)
{
    rh_value roots[2] = {value_from_object(o), key};
    rh_root_frame frame;
    rh_property_descriptor own;
    rh_status status = RH_OK;
    heap_enter_frame(agent, &frame, roots, 2);
    /* Every p is reachable from the rooted o through [[Prototype]] links, which installing keeps. */
    for (rh_object *p = o; p != NULL && status == RH_OK; p = p->proto) {
        if (p->flags & RH_OBJ_LAZY_HOLDER)
            status = selfhost_materialize(agent, p, key);
        if (status == RH_OK && obj_get_own_property(agent, p, key, &own))
            break;
    }
    heap_leave_frame(agent, &frame);
    return status;
}

static bool holder_installed(const rh_realm *realm, int id)
{
    return (realm->selfhost_installed[id / 64] >> (id % 64)) & 1u;
}

/* The realm's two bits per library entry (done, installed by a lookup), made with its first holder. */
static rh_status ensure_entry_bits(rh_agent *agent, rh_realm *realm)
{
    uint32_t words = 2 * ((agent->selfhost->install_count + 63) / 64);
    if (realm->selfhost_entries_done != NULL || words == 0)
        return RH_OK;
    realm->selfhost_entries_done = heap_alloc_buffer(agent, realm->index, RH_MEM_BUILTINS, words * sizeof(uint64_t));
    if (realm->selfhost_entries_done == NULL)
        return RH_ERR_OOM;
    memset(realm->selfhost_entries_done, 0, words * sizeof(uint64_t));
    realm->selfhost_entry_words = words;
    return RH_OK;
}

/* A holder just made: entries whose key it already has (a native method the self-hosted one
 * replaces) are installed now, at that property's place; the rest wait for their first lookup. */
static rh_status register_holder(rh_agent *agent, rh_realm *realm, int id, rh_object *holder)
{
    struct rh_selfhost *library = agent->selfhost;
    rh_value own_keys[128];
    rh_value roots[1] = {value_from_object(holder)};
    rh_root_frame frame;
    size_t count = 0;
    rh_status status;
    uint8_t lazy = holder->flags & RH_OBJ_LAZY_HOLDER;
    heap_enter_frame(agent, &frame, roots, 1);
    /* The keys are the holder's own (rooted through it), listed as they are: native methods
     * still waiting (builtins_lazy.c) are never ones a self-hosted method replaces. */
    holder->flags &= (uint8_t)~RH_OBJ_LAZY_HOLDER;
    status = obj_own_property_keys(agent, holder, own_keys, sizeof own_keys / sizeof *own_keys, &count);
    holder->flags |= lazy;
    if (status == RH_OK && count > sizeof own_keys / sizeof *own_keys)
        status = builtins_lazy_materialize(agent, holder, RH_UNDEFINED);
    if (status == RH_OK && count > sizeof own_keys / sizeof *own_keys)
        status = materialize_all(agent, realm, holder, id);
    for (uint32_t j = 0; j < library->install_count && status == RH_OK && count <= 128; j++) {
        const install *in = &library->installs[j];
        if (in->holder != id || in->kind == KIND_FUNCTION || entry_done(realm, j))
            continue;
        for (size_t k = 0; k < count && status == RH_OK; k++) {
            if (entry_has_key(agent, in, own_keys[k])) {
                status = install_with_aliases(agent, realm, holder, j, false);
                break;
            }
        }
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK && count <= 128)
        holder->flags |= RH_OBJ_LAZY_HOLDER;
    return status;
}

rh_status selfhost_install_made(rh_agent *agent, rh_realm *realm)
{
    struct rh_selfhost *library = agent->selfhost;
    if (library == NULL || realm->intrinsics == NULL)
        return RH_OK;
    for (uint32_t i = 0; i < library->install_count; i++) {
        const install *in = &library->installs[i];
        rh_object *holder = realm->intrinsics[in->holder];
        rh_status status;
        if (in->kind == KIND_FUNCTION || holder == NULL || holder_installed(realm, in->holder))
            continue;
        /* Marked first: installing makes functions, which may come back here. */
        realm->selfhost_installed[in->holder / 64] |= UINT64_C(1) << (in->holder % 64);
        status = ensure_entry_bits(agent, realm);
        if (status == RH_OK)
            status = register_holder(agent, realm, in->holder, holder);
        if (status != RH_OK)
            return status;
    }
    return RH_OK;
}

rh_status selfhost_function_for(rh_agent *agent, rh_realm *realm, int holder, rh_object **out)
{
    struct rh_selfhost *library = agent->selfhost;
    *out = NULL;
    for (uint32_t i = 0; library != NULL && i < library->install_count; i++) {
        const install *in = &library->installs[i];
        rh_value roots[1] = {RH_UNDEFINED};
        rh_root_frame frame;
        rh_string *name;
        rh_status status;
        if (in->holder != holder || in->kind != KIND_FUNCTION)
            continue;
        status = atom_from_ascii(agent, realm->index, in->key, &name);
        if (status != RH_OK)
            return status;
        roots[0] = value_from_string(name);
        heap_enter_frame(agent, &frame, roots, 1);
        status = new_shell(agent, realm, library->functions[in->function], roots[0], out);
        heap_leave_frame(agent, &frame);
        if (status == RH_OK && in->symbol)
            func_data(*out)->flags |= RH_FUNC_CONSTRUCTOR;
        return status;
    }
    return RH_OK;
}

/* --- private helpers --- */

/* A library function read as a value in a realm (LdaIntrinsic), and that realm's object for it. */
struct rh_selfhost_value {
    uint32_t index;
    rh_object *object;
};

rh_status selfhost_helper_code(rh_agent *agent, rh_realm *realm, uint32_t index, const rh_unlinked **fn,
                               rh_code_block **block)
{
    struct rh_selfhost *library = agent->selfhost;
    if (library == NULL || index >= library->function_count)
        return rh_throw_type_error(agent, "unknown self-hosted function %u", index);
    *fn = library->functions[index];
    return link_code_block(agent, realm, *fn, block);
}

/* Room for one more pair in realm->selfhost_values: the array doubles, from two pairs. */
static rh_status reserve_value(rh_agent *agent, rh_realm *realm)
{
    uint32_t capacity = realm->selfhost_value_capacity;
    struct rh_selfhost_value *grown;
    if (realm->selfhost_value_count < capacity)
        return RH_OK;
    capacity = capacity ? capacity * 2 : 2;
    if (capacity > UINT16_MAX)
        return RH_ERR_OOM;
    grown = heap_alloc_buffer(agent, realm->index, RH_MEM_BUILTINS, capacity * sizeof *grown);
    if (grown == NULL)
        return RH_ERR_OOM;
    if (realm->selfhost_values != NULL) {
        memcpy(grown, realm->selfhost_values, realm->selfhost_value_count * sizeof *grown);
        heap_free_buffer(agent, realm->index, RH_MEM_BUILTINS, realm->selfhost_values,
                         realm->selfhost_value_capacity * sizeof *grown);
    }
    realm->selfhost_values = grown;
    realm->selfhost_value_capacity = (uint16_t)capacity;
    return RH_OK;
}

rh_status selfhost_function(rh_agent *agent, rh_realm *realm, uint32_t index, rh_object **out)
{
    struct rh_selfhost *library = agent->selfhost;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_object *f;
    rh_status status;
    if (library == NULL || index >= library->function_count)
        return rh_throw_type_error(agent, "unknown self-hosted function %u", index);
    for (uint32_t i = 0; i < realm->selfhost_value_count; i++) {
        if (realm->selfhost_values[i].index == index) {
            *out = realm->selfhost_values[i].object;
            return RH_OK;
        }
    }
    status = new_shell(agent, realm, library->functions[index], RH_UNDEFINED, &f);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(f);
    heap_enter_frame(agent, &frame, roots, 1);
    status = reserve_value(agent, realm);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    realm->selfhost_values[realm->selfhost_value_count++] = (struct rh_selfhost_value){index, f};
    *out = f;
    return RH_OK;
}

size_t selfhost_realm_bytes(const rh_realm *realm)
{
    return realm->selfhost_value_capacity * sizeof(struct rh_selfhost_value);
}

void selfhost_mark_realm(rh_agent *agent, rh_realm *realm)
{
    for (uint32_t i = 0; i < realm->selfhost_value_count; i++)
        heap_mark_cell(agent, &realm->selfhost_values[i].object->cell);
}

void selfhost_free_realm(rh_agent *agent, rh_realm *realm)
{
    if (realm->selfhost_values != NULL)
        heap_free_buffer(agent, realm->index, RH_MEM_BUILTINS, realm->selfhost_values, selfhost_realm_bytes(realm));
    realm->selfhost_values = NULL;
    realm->selfhost_value_count = 0;
    realm->selfhost_value_capacity = 0;
    if (realm->selfhost_entries_done != NULL)
        heap_free_buffer(agent, realm->index, RH_MEM_BUILTINS, realm->selfhost_entries_done,
                         realm->selfhost_entry_words * sizeof(uint64_t));
    realm->selfhost_entries_done = NULL;
    realm->selfhost_entry_words = 0;
    builtins_lazy_free_realm(agent, realm);
}

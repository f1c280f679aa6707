/* The self-hosted library attached to an agent, its shells installed lazily per realm, and its
 * private helpers' per-realm function objects (rh_selfhost.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rh_atom.h"
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

/* Holders receiving at least this many self-hosted functions become dictionaries first. */
#define RH_SELFHOST_DICTIONARY_AT 8u

static uint32_t installs_on(const struct rh_selfhost *library, int32_t holder)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < library->install_count; i++)
        n += library->installs[i].holder == holder;
    return n;
}

/* Installs entry j on holder; an entry whose function an earlier entry (from first on) of the
 * same holder installed reuses that shell, read back from the holder where it was put. */
static rh_status install_with_aliases(rh_agent *agent, rh_realm *realm, rh_object *holder, uint32_t first,
                                      uint32_t j)
{
    struct rh_selfhost *library = agent->selfhost;
    const install *in = &library->installs[j];
    rh_object *shared = NULL, *made;
    for (uint32_t k = first; k < j && shared == NULL; k++) {
        const install *earlier = &library->installs[k];
        rh_value key, name;
        rh_property_descriptor desc;
        if (earlier->holder != in->holder || earlier->function != in->function || earlier->kind != KIND_METHOD)
            continue;
        rh_status status = install_key_and_name(agent, realm, earlier, &key, &name);
        if (status != RH_OK)
            return status;
        if (obj_get_own_property(agent, holder, key, &desc) && value_is_object(desc.value))
            shared = value_as_object(desc.value);
    }
    return install_one(agent, realm, holder, in, shared, &made);
}

static bool holder_installed(const rh_realm *realm, int id)
{
    return (realm->selfhost_installed[id / 64] >> (id % 64)) & 1u;
}

rh_status selfhost_install_made(rh_agent *agent, rh_realm *realm)
{
    struct rh_selfhost *library = agent->selfhost;
    if (library == NULL || realm->intrinsics == NULL)
        return RH_OK;
    for (uint32_t i = 0; i < library->install_count; i++) {
        const install *in = &library->installs[i];
        rh_object *holder = realm->intrinsics[in->holder];
        if (in->kind == KIND_FUNCTION || holder == NULL || holder_installed(realm, in->holder))
            continue;
        /* Marked first: installing makes functions, which may come back here. */
        realm->selfhost_installed[in->holder / 64] |= UINT64_C(1) << (in->holder % 64);
        rh_value roots[1] = {value_from_object(holder)};
        rh_root_frame frame;
        rh_status status = RH_OK;
        heap_enter_frame(agent, &frame, roots, 1);
        /* Dozens of properties added one by one would give the holder a shape per property,
         * each with its own lookup table; a dictionary holds them for a fraction of that. */
        if (!obj_is_dictionary(holder) && installs_on(library, in->holder) >= RH_SELFHOST_DICTIONARY_AT)
            status = obj_to_dictionary(agent, holder);
        for (uint32_t j = i; j < library->install_count && status == RH_OK; j++) {
            if (library->installs[j].holder == in->holder && library->installs[j].kind != KIND_FUNCTION)
                status = install_with_aliases(agent, realm, holder, i, j);
        }
        if (status == RH_OK)
            status = selfhost_finish_holder(agent, realm, in->holder, holder);
        heap_leave_frame(agent, &frame);
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

rh_status selfhost_function(rh_agent *agent, rh_realm *realm, uint32_t index, rh_object **out)
{
    struct rh_selfhost *library = agent->selfhost;
    if (library == NULL || index >= library->function_count)
        return rh_throw_type_error(agent, "unknown self-hosted function %u", index);
    if (realm->selfhosted == NULL) {
        size_t size = library->function_count * sizeof *realm->selfhosted;
        realm->selfhosted = heap_alloc_buffer(agent, realm->index, RH_MEM_BUILTINS, size);
        if (realm->selfhosted == NULL)
            return RH_ERR_OOM;
        memset(realm->selfhosted, 0, size);
        realm->selfhosted_count = library->function_count;
    }
    if (realm->selfhosted[index] == NULL) {
        rh_object *f;
        rh_status status = new_shell(agent, realm, library->functions[index], RH_UNDEFINED, &f);
        if (status != RH_OK)
            return status;
        realm->selfhosted[index] = f;
    }
    *out = realm->selfhosted[index];
    return RH_OK;
}

void selfhost_mark_realm(rh_agent *agent, rh_realm *realm)
{
    for (uint32_t i = 0; i < realm->selfhosted_count; i++) {
        if (realm->selfhosted[i] != NULL)
            heap_mark_cell(agent, &realm->selfhosted[i]->cell);
    }
}

void selfhost_free_realm(rh_agent *agent, rh_realm *realm)
{
    if (realm->selfhosted != NULL)
        heap_free_buffer(agent, realm->index, RH_MEM_BUILTINS, realm->selfhosted,
                         realm->selfhosted_count * sizeof *realm->selfhosted);
    realm->selfhosted = NULL;
    realm->selfhosted_count = 0;
}

/* Named slow paths of the interpreter (interp_slow.c, interp_objects.c): everything a handler
 * does past its fast path. Each takes the running frame so it can read constants and metadata. */
#ifndef RH_INTERP_SLOW_H
#define RH_INTERP_SLOW_H

#include "rh_interp.h"
#include "rh_opcodes.h"

/* acc = object.name through the property IC. */
rh_status interp_get_named_rjs(rh_agent *agent, rh_frame *f, rh_value object, rh_value name,
                               rh_meta_property_ic *ic, rh_value *acc) RH_WUR;
/* object.name = value through the property IC. */
rh_status interp_set_named_rjs(rh_agent *agent, rh_frame *f, rh_value object, rh_value name, rh_value value,
                               rh_meta_property_ic *ic) RH_WUR;
rh_status interp_get_keyed_rjs(rh_agent *agent, rh_frame *f, rh_value object, rh_value key, rh_value *acc) RH_WUR;
rh_status interp_set_keyed_rjs(rh_agent *agent, rh_frame *f, rh_value object, rh_value key, rh_value value) RH_WUR;
rh_status interp_define_own_rjs(rh_agent *agent, rh_value object, rh_value key, rh_value value, unsigned attributes) RH_WUR;
rh_status interp_define_accessor_rjs(rh_agent *agent, rh_value object, rh_value key, rh_value fn,
                                     unsigned attributes) RH_WUR;
rh_status interp_declare_bindings_rjs(rh_agent *agent, rh_frame *f, uint32_t constant) RH_WUR;
rh_status interp_compare_rjs(rh_agent *agent, int op, rh_value lhs, rh_value rhs, rh_value *acc) RH_WUR;
rh_status interp_unary_rjs(rh_agent *agent, int op, rh_value v, rh_value *acc) RH_WUR;
rh_status interp_throw_static(rh_agent *agent, rh_frame *f, unsigned type, uint32_t message) RH_WUR;
rh_status interp_throw_hole(rh_agent *agent, rh_frame *f, uint32_t name) RH_WUR;
rh_status interp_unsupported(rh_agent *agent, int op) RH_WUR;
rh_status interp_create_arguments(rh_agent *agent, rh_frame *f, unsigned mapped, rh_value *acc) RH_WUR;
/* CreateMappedArguments: parameters is the BindingList constant of parameter names and slots. */
rh_status interp_create_mapped_arguments(rh_agent *agent, rh_frame *f, uint32_t parameters, rh_value *acc) RH_WUR;
rh_status interp_create_rest(rh_agent *agent, rh_frame *f, uint32_t start, rh_value *acc) RH_WUR;
rh_status interp_array_push(rh_agent *agent, rh_value array, rh_value value) RH_WUR;
rh_status interp_new_array(rh_agent *agent, rh_frame *f, uint32_t capacity, rh_value *acc) RH_WUR;
rh_status interp_new_object(rh_agent *agent, rh_frame *f, rh_value *acc) RH_WUR;
/* this for [[Construct]] of a base constructor: OrdinaryCreateFromConstructor(new_target). */
rh_status interp_create_this_rjs(rh_agent *agent, rh_realm *realm, rh_value new_target, rh_value *out) RH_WUR;
rh_status interp_get_iterator_rjs(rh_agent *agent, rh_value iterable, rh_value *record) RH_WUR;
/* *done set when finished, else *acc the next value. */
rh_status interp_iterator_step_rjs(rh_agent *agent, rh_value *record, bool *done, rh_value *acc) RH_WUR;
rh_status interp_iterator_close_rjs(rh_agent *agent, rh_value *record, bool on_throw) RH_WUR;
rh_status interp_for_in_prepare_rjs(rh_agent *agent, rh_frame *f, rh_value object, rh_value *state) RH_WUR;
rh_status interp_for_in_next_rjs(rh_agent *agent, rh_value *state, bool *done, rh_value *acc) RH_WUR;
rh_status interp_create_class_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value heritage,
                                  rh_value *prototype, rh_value *acc) RH_WUR;
rh_status interp_initialize_instance_rjs(rh_agent *agent, rh_value receiver, rh_value constructor) RH_WUR;
rh_status interp_super_constructor(rh_agent *agent, rh_frame *f, rh_value *out) RH_WUR;
/* super.x: the [[HomeObject]]'s prototype (null when it has none). */
rh_status interp_super_home_prototype(rh_agent *agent, rh_frame *f, rh_value *out) RH_WUR;
rh_status interp_copy_data_properties_rjs(rh_agent *agent, rh_value target, rh_value source,
                                          const rh_value *excluded, uint32_t excluded_count) RH_WUR;
rh_status interp_array_spread_rjs(rh_agent *agent, rh_value array, rh_value iterable) RH_WUR;
/* The arguments of a spread call as a C array view of an array object's dense elements. */
rh_status interp_spread_arguments(rh_agent *agent, rh_value array, rh_value **args, uint32_t *argc) RH_WUR;
rh_status interp_create_private_name(rh_agent *agent, rh_frame *f, uint32_t description, rh_value *acc) RH_WUR;
/* interp_lookup.c: with and dynamic names */
rh_status interp_push_with_rjs(rh_agent *agent, rh_frame *f, rh_value object) RH_WUR;
/* receiver (may be NULL): the with object the name was found in, else undefined */
rh_status interp_lookup_load_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, bool for_typeof, rh_value *receiver,
                                 rh_value *acc) RH_WUR;
rh_status interp_lookup_store_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value value) RH_WUR;
rh_status interp_lookup_resolve_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value *base) RH_WUR;
rh_status interp_lookup_store_in_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value base,
                                     rh_value value) RH_WUR;
rh_status interp_lookup_delete_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value *acc) RH_WUR;
/* EvalDeclarationInstantiation of one var or function name into a function's variable environment. */
rh_status interp_declare_eval_var_rjs(rh_agent *agent, rh_realm *realm, rh_context *var_env, rh_value name) RH_WUR;
/* interp_objects.c */
rh_status interp_template_object_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, rh_meta_template_cache *cache,
                                     rh_value *acc) RH_WUR;
rh_status interp_set_super_rjs(rh_agent *agent, rh_frame *f, rh_value receiver, rh_value key, rh_value value) RH_WUR;
/* eval.c: https://tc39.es/ecma262/#sec-performeval for a direct eval from frame f (scope: its
 * CallEval's scope constant). */
rh_status interp_direct_eval_rjs(rh_agent *agent, rh_frame *f, uint32_t scope, rh_value source, rh_value *acc) RH_WUR;
/* CreateClosure: arrows also capture the enclosing function's home object, callee and new.target. */
rh_status interp_new_closure(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value *acc) RH_WUR;
rh_status interp_check_interrupt(rh_agent *agent) RH_WUR;

#endif

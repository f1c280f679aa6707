/* Abstract operations on values (ops.c, ops_convert.c): what the interpreter's slow paths and
 * the builtins share. Every _rjs function may run JavaScript (getters, valueOf, toString) and so
 * may collect: its value arguments must be rooted by the caller. All return RH_OK or an
 * exception status (RH_THROWN, RH_ERR_OOM, RH_TERMINATED). */
#ifndef RH_OPS_H
#define RH_OPS_H

#include <stdbool.h>
#include <stdint.h>

#include "rh_agent.h"
#include "rh_object.h"
#include "rh_status.h"
#include "rh_value.h"

/* https://tc39.es/ecma262/#sec-toboolean */
bool rh_to_boolean(rh_value v);
/* https://tc39.es/ecma262/#sec-toprimitive; hint: 0 default, 1 number, 2 string. */
rh_status rh_to_primitive_rjs(rh_agent *agent, rh_value v, int hint, rh_value *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-tonumber (a number value: int32 when integral) */
rh_status rh_to_number_rjs(rh_agent *agent, rh_value v, double *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-tonumeric (no BigInt yet: same as ToNumber, as a value) */
rh_status rh_to_numeric_rjs(rh_agent *agent, rh_value v, rh_value *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-tostring (a string value) */
rh_status rh_to_string_rjs(rh_agent *agent, rh_value v, rh_value *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-topropertykey (an atom, a symbol or an index key) */
rh_status rh_to_property_key_rjs(rh_agent *agent, rh_value v, rh_value *out) RH_WUR;
/* Whether s might be a canonical array index string (false is certain). */
bool rh_may_be_index(const rh_string *s);
/* The property key for a name atom: the atom, or the index key of "0", "1", ... */
rh_status rh_name_key(rh_agent *agent, rh_value name, rh_value *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-toobject in the current realm; TypeError for null/undefined. */
rh_status rh_to_object(rh_agent *agent, rh_value v, rh_object **out) RH_WUR;
/* https://tc39.es/ecma262/#sec-toint32 / touint32 of a number */
int32_t rh_double_to_int32(double d);
/* The prototype a primitive's property lookup starts from (String.prototype for a string, ...),
 * NULL on OOM. */
rh_object *rh_primitive_prototype(rh_agent *agent, rh_value v);

/* https://tc39.es/ecma262/#sec-getv: base[key] for any base (primitives read their prototype),
 * getters called. key is a property key (rh_to_property_key_rjs). */
rh_status rh_get_rjs(rh_agent *agent, rh_value base, rh_value key, rh_value *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-set-o-p-v-throw for any base: TypeError on failure when
 * throw_on_fail (strict code), setters called. */
rh_status rh_set_rjs(rh_agent *agent, rh_value base, rh_value key, rh_value value, bool throw_on_fail) RH_WUR;
/* base[key] with a getter call when the ordinary lookup on o reached one. */
rh_status rh_object_get_rjs(rh_agent *agent, rh_object *o, rh_value key, rh_value receiver, rh_value *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-definepropertyorthrow as a data property with attrs */
rh_status rh_define_data_rjs(rh_agent *agent, rh_object *o, rh_value key, rh_value value, uint8_t attrs) RH_WUR;
/* https://tc39.es/ecma262/#sec-hasproperty */
rh_status rh_has_property(rh_agent *agent, rh_object *o, rh_value key, bool *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-deletepropertyorthrow (throws only when strict) */
rh_status rh_delete_rjs(rh_agent *agent, rh_value base, rh_value key, bool strict, bool *out) RH_WUR;

/* https://tc39.es/ecma262/#sec-islooselyequal */
rh_status rh_loosely_equal_rjs(rh_agent *agent, rh_value a, rh_value b, bool *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-isstrictlyequal */
bool rh_strictly_equal(rh_value a, rh_value b);
/* https://tc39.es/ecma262/#sec-islessthan: *out is 1 true, 0 false, -1 undefined (NaN). */
rh_status rh_less_than_rjs(rh_agent *agent, rh_value a, rh_value b, bool left_first, int *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-instanceofoperator */
rh_status rh_instance_of_rjs(rh_agent *agent, rh_value v, rh_value target, bool *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-typeof-operator as a string value (never fails but on OOM) */
rh_status rh_typeof(rh_agent *agent, rh_value v, rh_value *out) RH_WUR;
/* The string for an ASCII literal, interned (an atom): for names and messages. */
rh_status rh_atom_ascii(rh_agent *agent, const char *text, rh_value *out) RH_WUR;

/* https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator for the binary operators;
 * op is the rh_opcode of the instruction (RH_OP_Add ... RH_OP_ShiftRightLogical). */
rh_status rh_binary_op_rjs(rh_agent *agent, int op, rh_value lhs, rh_value rhs, rh_value *out) RH_WUR;

#endif

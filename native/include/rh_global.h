/* Global name access for the interpreter (global.c): the global lexical record, the global
 * object, their inline cache, and GlobalDeclarationInstantiation. */
#ifndef RH_GLOBAL_H
#define RH_GLOBAL_H

#include <stdbool.h>

#include "rh_agent.h"
#include "rh_opcodes.h"
#include "rh_status.h"
#include "rh_value.h"

/* DeclareBindings kinds (engine/codegen/functions.py) */
#define RH_DECLARE_VAR 0
#define RH_DECLARE_FUNCTION 1
#define RH_DECLARE_LET 2
#define RH_DECLARE_CONST 3
#define RH_DECLARE_CLASS 4

/* LdaGlobal / LdaGlobalForTypeof past a cache miss; fills ic (may be NULL). */
rh_status global_load_slow_rjs(rh_agent *agent, rh_realm *realm, rh_value name, rh_meta_global_ic *ic,
                               bool for_typeof, rh_value *out) RH_WUR;
/* StaGlobal past a cache miss. */
rh_status global_store_slow_rjs(rh_agent *agent, rh_realm *realm, rh_value name, rh_value value,
                                rh_meta_global_ic *ic, bool strict) RH_WUR;
/* InitGlobalLexical */
rh_status global_init_lexical(rh_agent *agent, rh_realm *realm, rh_value name, rh_value value) RH_WUR;
/* DeclareBindings: every name is checked, then every name is created (deletable: eval code). */
rh_status global_check_declaration_rjs(rh_agent *agent, rh_realm *realm, rh_value name, int kind) RH_WUR;
rh_status global_create_declaration_rjs(rh_agent *agent, rh_realm *realm, rh_value name, int kind,
                                        bool deletable) RH_WUR;
rh_status global_throw_not_defined(rh_agent *agent, rh_value name);
rh_status global_throw_tdz(rh_agent *agent, rh_value name);
rh_status global_throw_redeclaration(rh_agent *agent, rh_value name);

#endif

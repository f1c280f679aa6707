/* The handlers of the dispatch loop, one per opcode (the width prefixes excepted), included by
 * interp_loop.h: twice with computed goto, once for narrow instructions with W the constant 1 and
 * once for prefixed ones with W the prefix's width, so the common narrow path reads its operands
 * without testing the width; once with the switch, where W is a variable. Each handler keeps to
 * its fast path and calls a named slow path (interp_slow.c, interp_objects.c, interp_lookup.c). */

    /* --- loads and moves --- */
    HANDLER(LdaUndefined) { acc = RH_UNDEFINED; NEXT(0); }
    HANDLER(LdaNull) { acc = RH_NULL; NEXT(0); }
    HANDLER(LdaTrue) { acc = RH_TRUE; NEXT(0); }
    HANDLER(LdaFalse) { acc = RH_FALSE; NEXT(0); }
    HANDLER(LdaTheHole) { acc = RH_HOLE; NEXT(0); }
    HANDLER(LdaSmi) { acc = value_from_int32(S(0)); NEXT(1); }
    HANDLER(LdaConstant) { TRY(CONST_VALUE(U(0), &acc)); NEXT(1); }
    HANDLER(Ldar) { acc = R(0); NEXT(1); }
    HANDLER(Star) { R(0) = acc; NEXT(1); }
    HANDLER(Mov) { R(1) = R(0); NEXT(2); }
    HANDLER(LdaNewTarget) { acc = f->new_target; NEXT(0); }
    HANDLER(LdaCallee)
    {
        if (f->callee == NULL) { /* a helper frame (CallIntrinsic) has no function object */
            SAVE();
            TRY(rh_throw_type_error(agent, "internal error: a self-hosted helper reads its own function"));
        }
        acc = value_from_object(f->callee);
        NEXT(0);
    }
    HANDLER(LdaIntrinsic)
    {
        /* Self-hosting: a library function as a value (C intrinsics are only ever called). */
        rh_object *helper;
        SAVE();
        if (U(0) < RH_SELFHOST_NATIVE_COUNT)
            TRY(interp_unsupported(agent, op));
        TRY(selfhost_function(agent, f->realm, U(0) - RH_SELFHOST_NATIVE_COUNT, &helper));
        acc = value_from_object(helper);
        NEXT(1);
    }

    /* --- arithmetic: int32 and double fast paths, the rest in rh_binary_op_rjs --- */
#define INT_ARITH(name, expr_int, expr_double, n)                                         \
    HANDLER(name)                                                                         \
    {                                                                                     \
        rh_value lhs = R(0);                                                              \
        if (value_is_int32(lhs) && value_is_int32(acc)) {                                 \
            int64_t a = value_as_int32(lhs), b = value_as_int32(acc), r = (expr_int);     \
            acc = (r == (int32_t)r) ? value_from_int32((int32_t)r) : value_from_double((double)r); \
        } else if (value_is_number(lhs) && value_is_number(acc)) {                        \
            double a = value_to_double(lhs), b = value_to_double(acc);                    \
            acc = value_from_number(expr_double);                                         \
        } else {                                                                          \
            SAVE();                                                                       \
            TRY(rh_binary_op_rjs(agent, RH_OP_##name, lhs, acc, &acc));                   \
        }                                                                                 \
        NEXT(n);                                                                          \
    }
    INT_ARITH(Add, a + b, a + b, 2)
    INT_ARITH(Sub, a - b, a - b, 2)
    HANDLER(Mul)
    {
        rh_value lhs = R(0);
        if (value_is_int32(lhs) && value_is_int32(acc)) {
            int64_t r = (int64_t)value_as_int32(lhs) * value_as_int32(acc);
            if (r == (int32_t)r && r != 0)
                acc = value_from_int32((int32_t)r);
            else
                acc = value_from_number((double)value_as_int32(lhs) * (double)value_as_int32(acc));
        } else if (value_is_number(lhs) && value_is_number(acc)) {
            acc = value_from_number(value_to_double(lhs) * value_to_double(acc));
        } else {
            SAVE();
            TRY(rh_binary_op_rjs(agent, RH_OP_Mul, lhs, acc, &acc));
        }
        NEXT(2);
    }
    HANDLER(Div)
    {
        rh_value lhs = R(0);
        if (value_is_number(lhs) && value_is_number(acc)) {
            acc = value_from_number(value_to_double(lhs) / value_to_double(acc));
        } else {
            SAVE();
            TRY(rh_binary_op_rjs(agent, RH_OP_Div, lhs, acc, &acc));
        }
        NEXT(2);
    }
    HANDLER(Mod)
    {
        rh_value lhs = R(0);
        if (value_is_int32(lhs) && value_is_int32(acc) && value_as_int32(lhs) >= 0 && value_as_int32(acc) > 0) {
            acc = value_from_int32(value_as_int32(lhs) % value_as_int32(acc));
        } else if (value_is_number(lhs) && value_is_number(acc)) {
            acc = value_from_number(fmod(value_to_double(lhs), value_to_double(acc)));
        } else {
            SAVE();
            TRY(rh_binary_op_rjs(agent, RH_OP_Mod, lhs, acc, &acc));
        }
        NEXT(2);
    }
    HANDLER(Exp) { SAVE(); TRY(rh_binary_op_rjs(agent, RH_OP_Exp, R(0), acc, &acc)); NEXT(2); }
#define INT_BITWISE(name, expr)                                                   \
    HANDLER(name)                                                                 \
    {                                                                             \
        rh_value lhs = R(0);                                                      \
        if (value_is_number(lhs) && value_is_number(acc)) {                       \
            int32_t a = number_to_int32(lhs), b = number_to_int32(acc);           \
            acc = value_from_int32(expr);                                         \
        } else {                                                                  \
            SAVE();                                                               \
            TRY(rh_binary_op_rjs(agent, RH_OP_##name, lhs, acc, &acc));           \
        }                                                                         \
        NEXT(2);                                                                  \
    }
    INT_BITWISE(BitwiseAnd, a & b)
    INT_BITWISE(BitwiseOr, a | b)
    INT_BITWISE(BitwiseXor, a ^ b)
    INT_BITWISE(ShiftLeft, (int32_t)((uint32_t)a << (b & 31)))
    INT_BITWISE(ShiftRight, a >> (b & 31))
    HANDLER(ShiftRightLogical)
    {
        rh_value lhs = R(0);
        if (value_is_number(lhs) && value_is_number(acc)) {
            acc = value_from_number((double)((uint32_t)number_to_int32(lhs) >> (number_to_int32(acc) & 31)));
        } else {
            SAVE();
            TRY(rh_binary_op_rjs(agent, RH_OP_ShiftRightLogical, lhs, acc, &acc));
        }
        NEXT(2);
    }

    /* --- comparisons --- */
#define INT_COMPARE(name, cmp)                                                        \
    HANDLER(name)                                                                     \
    {                                                                                 \
        rh_value lhs = R(0);                                                          \
        if (value_is_int32(lhs) && value_is_int32(acc)) {                             \
            acc = value_from_bool(value_as_int32(lhs) cmp value_as_int32(acc));       \
        } else if (value_is_number(lhs) && value_is_number(acc)) {                    \
            acc = value_from_bool(value_to_double(lhs) cmp value_to_double(acc));     \
        } else {                                                                      \
            SAVE();                                                                   \
            TRY(interp_compare_rjs(agent, RH_OP_##name, lhs, acc, &acc));             \
        }                                                                             \
        NEXT(1);                                                                      \
    }
    INT_COMPARE(TestLessThan, <)
    INT_COMPARE(TestGreaterThan, >)
    INT_COMPARE(TestLessThanOrEqual, <=)
    INT_COMPARE(TestGreaterThanOrEqual, >=)
    HANDLER(TestEqual) { SAVE(); TRY(interp_compare_rjs(agent, RH_OP_TestEqual, R(0), acc, &acc)); NEXT(1); }
    HANDLER(TestStrictEqual)
    {
        rh_value lhs = R(0);
        acc = value_from_bool(lhs == acc ? !(value_is_double(lhs) && value_as_double(lhs) != value_as_double(lhs))
                                         : rh_strictly_equal(lhs, acc));
        NEXT(1);
    }
    HANDLER(TestInstanceOf) { SAVE(); TRY(interp_compare_rjs(agent, RH_OP_TestInstanceOf, R(0), acc, &acc)); NEXT(1); }
    HANDLER(TestIn) { SAVE(); TRY(interp_compare_rjs(agent, RH_OP_TestIn, R(0), acc, &acc)); NEXT(1); }

    /* --- unary --- */
    HANDLER(Negate) { SAVE(); TRY(interp_unary_rjs(agent, RH_OP_Negate, acc, &acc)); NEXT(0); }
    HANDLER(BitwiseNot) { SAVE(); TRY(interp_unary_rjs(agent, RH_OP_BitwiseNot, acc, &acc)); NEXT(0); }
    HANDLER(LogicalNot) { acc = value_from_bool(!rh_to_boolean(acc)); NEXT(0); }
    HANDLER(TypeOf) { TRY(rh_typeof(agent, acc, &acc)); NEXT(0); }
    HANDLER(ToNumeric) { if (!value_is_number(acc)) { SAVE(); TRY(rh_to_numeric_rjs(agent, acc, &acc)); } NEXT(0); }
    HANDLER(Inc)
    {
        if (value_is_int32(acc) && value_as_int32(acc) != INT32_MAX)
            acc = value_from_int32(value_as_int32(acc) + 1);
        else
            acc = value_from_number(value_to_double(acc) + 1);
        NEXT(0);
    }
    HANDLER(Dec)
    {
        if (value_is_int32(acc) && value_as_int32(acc) != INT32_MIN)
            acc = value_from_int32(value_as_int32(acc) - 1);
        else
            acc = value_from_number(value_to_double(acc) - 1);
        NEXT(0);
    }
    HANDLER(ToString) { SAVE(); TRY(rh_to_string_rjs(agent, acc, &acc)); NEXT(0); }
    HANDLER(ToPropertyKey) { SAVE(); TRY(rh_to_property_key_rjs(agent, acc, &acc)); NEXT(0); }

    /* --- control flow --- */
    HANDLER(Jump) { JUMP_BY(S(0)); }
    HANDLER(JumpLoop) { SAVE(); TRY(check_budget(agent)); JUMP_BY(S(0)); }
    HANDLER(JumpIfTrue) { if (acc == RH_TRUE || (acc != RH_FALSE && rh_to_boolean(acc))) JUMP_BY(S(0)); NEXT(1); }
    HANDLER(JumpIfFalse) { if (acc == RH_FALSE || (acc != RH_TRUE && !rh_to_boolean(acc))) JUMP_BY(S(0)); NEXT(1); }
    HANDLER(JumpIfNullish) { if (value_is_nullish(acc)) JUMP_BY(S(0)); NEXT(1); }
    HANDLER(JumpIfNotNullish) { if (!value_is_nullish(acc)) JUMP_BY(S(0)); NEXT(1); }
    HANDLER(JumpIfUndefined) { if (value_is_undefined(acc)) JUMP_BY(S(0)); NEXT(1); }
    HANDLER(JumpIfNotUndefined) { if (!value_is_undefined(acc)) JUMP_BY(S(0)); NEXT(1); }
    HANDLER(Return)
    {
        uint32_t flags = f->flags;
        SAVE();
        TRY(construct_result(agent, f, &acc));
        st->top = f->floor;
        st->depth--;
        if (flags & RH_FRAME_ENTRY) {
            *result = acc;
            return RH_OK;
        }
        LOAD_FRAME();
        pc = f->resume; /* the instruction after the caller's call */
        DISPATCH_AT_PC();
    }
    HANDLER(Throw) { SAVE(); status = rh_throw(agent, acc); goto exception; }
    HANDLER(ReThrow) { SAVE(); status = rh_throw(agent, acc); goto exception; }
    HANDLER(Debugger) { NEXT(0); }

    /* --- checks --- */
    HANDLER(ThrowIfHole) { if (acc == RH_HOLE) { SAVE(); TRY(interp_throw_hole(agent, f, U(0))); } NEXT(1); }
    HANDLER(ThrowIfNotHole)
    {
        if (acc != RH_HOLE) {
            SAVE();
            TRY(rh_throw_reference_error(agent, "Super constructor may only be called once"));
        }
        NEXT(0);
    }
    HANDLER(ThrowIfNullish)
    {
        if (value_is_nullish(acc)) {
            SAVE();
            TRY(rh_throw_type_error(agent, "Cannot destructure '%s' as it is %s.", value_is_null(acc) ? "null" : "undefined", value_is_null(acc) ? "null" : "undefined"));
        }
        NEXT(0);
    }
    HANDLER(ThrowStaticError) { SAVE(); TRY(interp_throw_static(agent, f, U(0), U(1))); NEXT(2); }

    /* --- properties --- */
    HANDLER(GetNamedProperty)
    {
        rh_value object = R(0);
        rh_meta_property_ic *ic = META(RH_META_PROPERTY_IC, rh_meta_property_ic, 2);
        rh_object *o = value_as_object(object), *holder = ic->holder;
        if (value_is_object(object) && o->shape == ic->shape) {
            if (holder == NULL) {
                acc = obj_slot_get(o, ic->slot);
                NEXT(3);
            }
            if (holder == RH_IC_ARRAY_LENGTH && o->kind == RH_OBJ_ARRAY) {
                acc = value_from_number(o->array_length);
                NEXT(3);
            }
            if (holder == o->proto && holder->shape == ic->holder_shape) {
                acc = obj_slot_get(holder, ic->slot);
                NEXT(3);
            }
        }
        {
            rh_value name;
            SAVE();
            TRY(image_string(agent, f->fn->image, image_constant_a(f->fn, U(1)), &name));
            TRY(rh_name_key(agent, name, &name));
            TRY(interp_get_named_rjs(agent, f, object, name, ic, &acc));
        }
        NEXT(3);
    }
    HANDLER(SetNamedProperty)
    {
        rh_value object = R(0);
        rh_meta_property_ic *ic = META(RH_META_PROPERTY_IC, rh_meta_property_ic, 2);
        if (value_is_object(object) && value_as_object(object)->shape == ic->shape && ic->holder == NULL) {
            obj_slot_set(value_as_object(object), ic->slot, acc);
        } else {
            rh_value name;
            SAVE();
            TRY(image_string(agent, f->fn->image, image_constant_a(f->fn, U(1)), &name));
            TRY(rh_name_key(agent, name, &name));
            TRY(interp_set_named_rjs(agent, f, object, name, acc, ic));
        }
        NEXT(3);
    }
    HANDLER(GetKeyedProperty)
    {
        rh_value object = R(0);
        rh_object *o;
        if (value_is_object(object) && value_is_int32(acc) && (o = value_as_object(object))->elements.dense != NULL &&
            !(o->flags & RH_OBJ_SPARSE) && (uint32_t)value_as_int32(acc) < o->elements.dense->length &&
            o->elements.dense->values[value_as_int32(acc)] != RH_HOLE) {
            acc = o->elements.dense->values[value_as_int32(acc)];
        } else {
            SAVE();
            TRY(interp_get_keyed_rjs(agent, f, object, acc, &acc));
        }
        NEXT(1);
    }
    HANDLER(SetKeyedProperty)
    {
        rh_value object = R(0), key = R(1);
        rh_object *o = value_as_object(object);
        if (value_is_object(object) && value_is_int32(key) && o->elements.dense != NULL && !(o->flags & RH_OBJ_SPARSE)) {
            rh_dense *dense = o->elements.dense;
            uint32_t index = (uint32_t)value_as_int32(key);
            if (index < dense->length && dense->values[index] != RH_HOLE) {
                dense->values[index] = acc;
                NEXT(2);
            }
            if (index == dense->length && index == o->array_length && index < dense->capacity && can_append(o)) {
                dense->values[index] = acc;
                dense->length++;
                o->array_length++;
                NEXT(2);
            }
        }
        SAVE();
        TRY(interp_set_keyed_rjs(agent, f, object, key, acc));
        NEXT(2);
    }
    HANDLER(DefineNamedOwnProperty)
    {
        rh_value name;
        SAVE();
        TRY(image_string(agent, f->fn->image, image_constant_a(f->fn, U(1)), &name));
        TRY(rh_name_key(agent, name, &name));
        TRY(interp_define_own_rjs(agent, R(0), name, acc, 1));
        NEXT(2);
    }
    HANDLER(DefineKeyedOwnProperty) { SAVE(); TRY(interp_define_own_rjs(agent, R(0), R(1), acc, U(2))); NEXT(3); }
    HANDLER(DefineAccessor) { SAVE(); TRY(interp_define_accessor_rjs(agent, R(0), R(1), acc, U(2))); NEXT(3); }
    HANDLER(DeleteProperty)
    {
        bool deleted;
        SAVE();
        TRY(rh_to_property_key_rjs(agent, acc, &acc));
        TRY(rh_delete_rjs(agent, R(0), acc, STRICT(), &deleted));
        acc = value_from_bool(deleted);
        NEXT(1);
    }
    HANDLER(GetSuperProperty)
    {
        rh_value home;
        SAVE();
        TRY(interp_super_home_prototype(agent, f, &home));
        TRY(rh_to_property_key_rjs(agent, acc, &acc));
        if (!value_is_object(home)) {
            TRY(rh_throw_type_error(agent, "super has no prototype"));
        }
        TRY(rh_object_get_rjs(agent, value_as_object(home), acc, R(0), &acc));
        NEXT(1);
    }
    HANDLER(SetSuperProperty) { SAVE(); TRY(interp_set_super_rjs(agent, f, R(0), R(1), acc)); NEXT(2); }

    /* --- globals and contexts --- */
    HANDLER(LdaGlobal)
    {
        rh_meta_global_ic *ic = META(RH_META_GLOBAL_IC, rh_meta_global_ic, 1);
        rh_object *holder = ic->in_lexical_record ? f->realm->lexical_globals : f->realm->global;
        if (ic->shape != NULL && holder->shape == ic->shape && obj_slot_get(holder, ic->slot) != RH_HOLE) {
            acc = obj_slot_get(holder, ic->slot);
        } else {
            rh_value name;
            SAVE();
            TRY(image_string(agent, f->fn->image, image_constant_a(f->fn, U(0)), &name));
            TRY(global_load_slow_rjs(agent, f->realm, name, ic, false, &acc));
        }
        NEXT(2);
    }
    HANDLER(LdaGlobalForTypeof)
    {
        rh_value name;
        SAVE();
        TRY(image_string(agent, f->fn->image, image_constant_a(f->fn, U(0)), &name));
        TRY(global_load_slow_rjs(agent, f->realm, name, NULL, true, &acc));
        NEXT(2);
    }
    HANDLER(StaGlobal)
    {
        rh_meta_global_ic *ic = META(RH_META_GLOBAL_IC, rh_meta_global_ic, 1);
        rh_object *holder = ic->in_lexical_record ? f->realm->lexical_globals : f->realm->global;
        if (ic->shape != NULL && holder->shape == ic->shape && obj_slot_get(holder, ic->slot) != RH_HOLE) {
            obj_slot_set(holder, ic->slot, acc);
        } else {
            rh_value name;
            SAVE();
            TRY(image_string(agent, f->fn->image, image_constant_a(f->fn, U(0)), &name));
            TRY(global_store_slow_rjs(agent, f->realm, name, acc, ic, STRICT()));
        }
        NEXT(2);
    }
    HANDLER(InitGlobalLexical)
    {
        rh_value name;
        SAVE();
        TRY(image_string(agent, f->fn->image, image_constant_a(f->fn, U(0)), &name));
        TRY(global_init_lexical(agent, f->realm, name, acc));
        NEXT(1);
    }
    HANDLER(DeclareBindings) { SAVE(); TRY(interp_declare_bindings_rjs(agent, f, U(0))); NEXT(1); }
    HANDLER(LdaContextSlot) { acc = context_up(f->ctx, U(0))->slots[U(1)]; NEXT(2); }
    HANDLER(StaContextSlot) { context_up(f->ctx, U(0))->slots[U(1)] = acc; NEXT(2); }
    HANDLER(PushContext)
    {
        rh_context *ctx;
        uint32_t scope = U(0);
        SAVE();
        TRY(context_new(agent, f->realm->index, f->ctx, f->fn, scope, image_scope_slot_count(f->fn, scope), &ctx));
        f->ctx = ctx;
        NEXT(1);
    }
    HANDLER(PushWithContext) { SAVE(); TRY(interp_push_with_rjs(agent, f, acc)); NEXT(0); }
    HANDLER(PopContext) { f->ctx = f->ctx->parent; NEXT(0); }
    HANDLER(LdaLookup) { SAVE(); TRY(interp_lookup_load_rjs(agent, f, U(0), U(1) == 1, NULL, &acc)); NEXT(2); }
    HANDLER(LdaLookupForCall) { SAVE(); TRY(interp_lookup_load_rjs(agent, f, U(0), false, &R(1), &acc)); NEXT(2); }
    HANDLER(StaLookup) { SAVE(); TRY(interp_lookup_store_rjs(agent, f, U(0), acc)); NEXT(1); }
    HANDLER(ResolveLookup) { SAVE(); TRY(interp_lookup_resolve_rjs(agent, f, U(0), &R(1))); NEXT(2); }
    HANDLER(StaLookupIn) { SAVE(); TRY(interp_lookup_store_in_rjs(agent, f, U(0), R(1), acc)); NEXT(2); }
    HANDLER(DeleteLookup) { SAVE(); TRY(interp_lookup_delete_rjs(agent, f, U(0), &acc)); NEXT(1); }

    /* --- calls --- */
    HANDLER(Call)
    {
        rh_value callee = R(0);
        rh_value *first = &R(1);
        uint32_t count = U(2);
        SAVE();
        TRY(check_budget(agent));
        if (value_is_object(callee) && value_as_object(callee)->kind == RH_OBJ_FUNCTION &&
            !(func_data(value_as_object(callee))->flags & RH_FUNC_CLASS_CONSTRUCTOR)) {
            f->resume = ops + 4 * W;
            TRY(push_frame(agent, st, value_as_object(callee), first[0], first + 1, count - 1, RH_UNDEFINED, 0));
            LOAD_FRAME();
            DISPATCH_AT_PC();
        }
        if (value_is_object(callee) && value_as_object(callee)->kind == RH_OBJ_FUNCTION) {
            TRY(rh_throw_type_error(agent, "Class constructor cannot be invoked without 'new'"));
        }
        TRY(rh_call_rjs(agent, callee, first[0], first + 1, count - 1, &acc));
        agent->current_realm = f->realm;
        NEXT(4);
    }
    HANDLER(CallEval)
    {
        /* A direct eval when the callee is this realm's %eval%, else an ordinary call. */
        rh_value callee = R(0);
        SAVE();
        if (value_is_object(callee) && f->realm->intrinsics != NULL &&
            value_as_object(callee) == f->realm->intrinsics[RH_INTRINSIC_Eval]) {
            TRY(interp_direct_eval_rjs(agent, f, U(3), U(2) > 0 ? R(1) : RH_UNDEFINED, &acc));
        } else {
            TRY(rh_call_rjs(agent, callee, RH_UNDEFINED, &R(1), U(2), &acc));
        }
        agent->current_realm = f->realm;
        NEXT(4);
    }
    HANDLER(CallIntrinsic)
    {
        /* Self-hosting: a C intrinsic, or a library helper called like any function (its frame
         * is pushed here: no C recursion, and no function object: push_helper_frame). */
        SAVE();
        if (U(0) == RH_SELFHOST_Call && U(2) >= 2 && value_is_object(R(1)) &&
            value_as_object(R(1))->kind == RH_OBJ_FUNCTION &&
            !(func_data(value_as_object(R(1)))->flags & RH_FUNC_CLASS_CONSTRUCTOR)) {
            /* %Call(F, thisArg, ...args) of bytecode: a frame like Call's, so a builtin's
             * callbacks never leave this loop (seed 001). */
            TRY(check_budget(agent));
            f->resume = ops + 3 * W;
            TRY(push_frame(agent, st, value_as_object(R(1)), (&R(1))[1], &R(1) + 2, U(2) - 2, RH_UNDEFINED, 0));
            LOAD_FRAME();
            DISPATCH_AT_PC();
        }
        if (U(0) < RH_SELFHOST_NATIVE_COUNT) {
            TRY(selfhost_call_native_rjs(agent, U(0), &R(1), U(2), &acc));
            agent->current_realm = f->realm;
            NEXT(3);
        }
        TRY(check_budget(agent));
        f->resume = ops + 3 * W;
        TRY(push_helper_frame(agent, st, f->realm, U(0) - RH_SELFHOST_NATIVE_COUNT, &R(1), U(2)));
        LOAD_FRAME();
        DISPATCH_AT_PC();
    }
    HANDLER(CallSpread)
    {
        rh_value *args;
        uint32_t argc;
        SAVE();
        TRY(interp_spread_arguments(agent, R(2), &args, &argc));
        TRY(rh_call_rjs(agent, R(0), R(1), args, argc, &acc));
        agent->current_realm = f->realm;
        NEXT(4);
    }
    HANDLER(Construct)
    {
        rh_value callee = R(0);
        SAVE();
        TRY(check_budget(agent));
        if (value_is_constructor(callee) && value_as_object(callee)->kind == RH_OBJ_FUNCTION) {
            f->resume = ops + 4 * W;
            TRY(push_frame(agent, st, value_as_object(callee), RH_HOLE, &R(1), U(2), callee, RH_FRAME_CONSTRUCT));
            LOAD_FRAME();
            DISPATCH_AT_PC();
        }
        TRY(rh_construct_rjs(agent, callee, &R(1), U(2), callee, &acc));
        agent->current_realm = f->realm;
        NEXT(4);
    }
    HANDLER(ConstructSpread)
    {
        rh_value *args;
        uint32_t argc;
        SAVE();
        TRY(interp_spread_arguments(agent, R(1), &args, &argc));
        TRY(rh_construct_rjs(agent, R(0), args, argc, R(0), &acc));
        agent->current_realm = f->realm;
        NEXT(3);
    }
    HANDLER(SuperCall)
    {
        rh_value parent;
        SAVE();
        TRY(interp_super_constructor(agent, f, &parent));
        TRY(rh_construct_rjs(agent, parent, &R(0), U(1), f->new_target, &acc));
        agent->current_realm = f->realm;
        NEXT(2);
    }
    HANDLER(SuperCallSpread)
    {
        rh_value parent, *args;
        uint32_t argc;
        SAVE();
        TRY(interp_super_constructor(agent, f, &parent));
        TRY(interp_spread_arguments(agent, R(0), &args, &argc));
        TRY(rh_construct_rjs(agent, parent, args, argc, f->new_target, &acc));
        agent->current_realm = f->realm;
        NEXT(1);
    }

    /* --- closures, classes, literals --- */
    HANDLER(CreateClosure) { SAVE(); TRY(interp_new_closure(agent, f, U(0), &acc)); NEXT(1); }
    HANDLER(CreateMethod)
    {
        rh_object *closure;
        rh_value home = R(1);
        SAVE();
        TRY(func_new_closure(agent, f->realm, image_constant_function(f->fn, U(0)), f->ctx,
                             value_is_object(home) ? value_as_object(home) : NULL, &closure));
        acc = value_from_object(closure);
        NEXT(2);
    }
    HANDLER(CreateClass) { SAVE(); TRY(interp_create_class_rjs(agent, f, U(0), R(1), &R(2), &acc)); NEXT(3); }
    HANDLER(SetClassFields)
    {
        rh_value constructor = R(0);
        if (value_is_callable(constructor) && value_is_object(acc))
            func_data(value_as_object(constructor))->u.js.fields = value_as_object(acc);
        NEXT(1);
    }
    HANDLER(InitializeInstanceElements) { SAVE(); TRY(interp_initialize_instance_rjs(agent, R(0), R(1))); NEXT(2); }
    HANDLER(CreatePrivateName) { SAVE(); TRY(interp_create_private_name(agent, f, U(0), &acc)); NEXT(1); }
    HANDLER(CreateObjectLiteral) { SAVE(); TRY(interp_new_object(agent, f, &acc)); NEXT(1); }
    HANDLER(CreateArrayLiteral) { SAVE(); TRY(interp_new_array(agent, f, U(0), &acc)); NEXT(1); }
    HANDLER(ArrayPush) { SAVE(); TRY(interp_array_push(agent, R(0), acc)); NEXT(1); }
    HANDLER(ArraySpread) { SAVE(); TRY(interp_array_spread_rjs(agent, R(0), acc)); NEXT(1); }
    HANDLER(CopyDataProperties) { SAVE(); TRY(interp_copy_data_properties_rjs(agent, R(0), acc, &R(1), U(2))); NEXT(3); }
    HANDLER(CreateRegExp) { SAVE(); TRY(interp_unsupported(agent, op)); NEXT(1); }
    HANDLER(GetTemplateObject)
    {
        rh_meta_template_cache *cache = META(RH_META_TEMPLATE_CACHE, rh_meta_template_cache, 1);
        if (cache->template_object != NULL) {
            acc = value_from_object(cache->template_object);
        } else {
            SAVE();
            TRY(interp_template_object_rjs(agent, f, U(0), cache, &acc));
        }
        NEXT(2);
    }
    HANDLER(CreateArguments) { SAVE(); TRY(interp_create_arguments(agent, f, U(0), &acc)); NEXT(1); }
    HANDLER(CreateMappedArguments) { SAVE(); TRY(interp_create_mapped_arguments(agent, f, U(0), &acc)); NEXT(1); }
    HANDLER(CreateRestParameter) { SAVE(); TRY(interp_create_rest(agent, f, U(0), &acc)); NEXT(1); }

    /* --- iteration --- */
    HANDLER(GetIterator) { SAVE(); TRY(interp_get_iterator_rjs(agent, acc, &R(0))); NEXT(1); }
    HANDLER(IteratorStepValue)
    {
        bool done;
        SAVE();
        TRY(interp_iterator_step_rjs(agent, &R(0), &done, &acc));
        if (done)
            JUMP_BY(S(1));
        NEXT(2);
    }
    HANDLER(IteratorClose) { SAVE(); TRY(interp_iterator_close_rjs(agent, &R(0), U(1) != 0)); NEXT(2); }
    HANDLER(ForInPrepare) { SAVE(); TRY(interp_for_in_prepare_rjs(agent, f, acc, &R(0))); NEXT(1); }
    HANDLER(ForInNext)
    {
        bool done;
        SAVE();
        TRY(interp_for_in_next_rjs(agent, &R(0), &done, &acc));
        if (done)
            JUMP_BY(S(1));
        NEXT(2);
    }

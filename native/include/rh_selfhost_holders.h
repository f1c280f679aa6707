/* Intrinsics that exist only to hold self-hosted functions (selfhost_holders.c): namespace
 * objects whose every method is written in JavaScript. rh_intrinsics.h adds them to its
 * tables; their methods arrive through the library's manifest like any other. */
#ifndef RH_SELFHOST_HOLDERS_H
#define RH_SELFHOST_HOLDERS_H

/* X(Name, maker) */
#define RH_FOR_EACH_SELFHOST_HOLDER(X) \
    X(JSON, selfhost_make_json)

/* X(global name, Intrinsic) */
#define RH_FOR_EACH_SELFHOST_GLOBAL(X) \
    X(JSON, JSON)

#endif

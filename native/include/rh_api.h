/* The C core's API as Python sees it: every header whose functions native/cdef/ declares. */
#ifndef RH_API_H
#define RH_API_H

#include "rh_core.h"
#include "rh_agent.h"
#include "rh_realm.h"
#include "rh_testapi.h"
#include "rh_opcodes.h"
#include "rh_image.h"
#include "rh_host_api.h"
#include "rh_host_function.h"
#include "rh_selfhost.h"
#include "rh_dynamic_code.h"

#endif

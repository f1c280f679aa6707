/* Identity of the C core: version and build configuration. */
#ifndef RH_CORE_H
#define RH_CORE_H

#define RH_CORE_VERSION "0.1.0"

const char *rh_core_version(void);
/* 1 when the interpreter dispatches with computed goto, 0 with a switch. */
int rh_core_uses_computed_goto(void);

#endif

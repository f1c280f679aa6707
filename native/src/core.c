/* Identity of the C core: version and build configuration. */
#include "rh_core.h"

const char *rh_core_version(void)
{
    return RH_CORE_VERSION;
}

int rh_core_uses_computed_goto(void)
{
#if defined(__GNUC__) && !defined(RH_SWITCH_DISPATCH)
    return 1;
#else
    return 0;
#endif
}

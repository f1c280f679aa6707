const char *rh_core_version(void);
int rh_core_uses_computed_goto(void);

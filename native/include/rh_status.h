/* Status codes returned by every runtime operation that can fail or needs the interpreter. */
#ifndef RH_STATUS_H
#define RH_STATUS_H

#define RH_WUR __attribute__((warn_unused_result))

typedef enum rh_status {
    RH_OK = 0,
    /* Allocation failed or the agent's heap limit was reached; the agent's oom flag is set. */
    RH_ERR_OOM = 1,
    /* A RangeError the caller must throw (e.g. an invalid array length, a string too long). */
    RH_ERR_RANGE = 2,
    /* A TypeError the caller must throw. */
    RH_ERR_TYPE = 3,
    /* The operation reached an accessor: the out value is the getter or setter function and the
     * interpreter must call it (with the receiver, and for a setter the value) to finish. */
    RH_NEEDS_CALL = 4,
    /* A JavaScript exception is pending on the agent (agent->exception): handlers may catch it. */
    RH_THROWN = 5,
    /* The evaluation was stopped by the host (terminate flag, instruction budget, interrupt
     * callback): nothing in JavaScript can catch it. */
    RH_TERMINATED = 6,
} rh_status;

#endif

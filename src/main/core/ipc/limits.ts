// The IPC gate's caps (each stated in the README's Security section). They apply before any
// schema runs, so no payload can make the gate itself slow or its answer large.

/** The largest input a call may carry, as counted by `payloadProblem` (about its JSON size). */
export const MAX_IPC_INPUT_BYTES = 1024 * 1024;
/** The deepest nesting of objects and arrays an input may have. */
export const MAX_IPC_DEPTH = 32;
/** The most field messages one error answer lists (the rest are counted). */
export const MAX_IPC_FIELD_ERRORS = 20;
/** The longest message or field message in an error answer. */
export const MAX_IPC_MESSAGE_CHARS = 500;
/** Every error answer stays under this, whatever the input. */
export const MAX_IPC_ANSWER_BYTES = 64 * 1024;

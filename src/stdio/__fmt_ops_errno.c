#include <string.h>
#include "format.h"

/* For calls with no floating-point argument whose format may hold a %m. */
const struct __fmt_ops __fmt_ops_errno = { 0, strerror };

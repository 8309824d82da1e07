#include <string.h>
#include "format.h"
#include "string_impl.h"

/* For calls with no floating-point argument whose format may hold a %m. */
const struct __fmt_ops __fmt_ops_errno = { 0, strerror, __strerrorname_np };

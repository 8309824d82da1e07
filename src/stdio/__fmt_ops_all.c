#include <string.h>
#include "format.h"
#include "string_impl.h"

/* What the printf family can need without stdio.h's help: everything. */
const struct __fmt_ops __fmt_ops_all = { __fmt_fp, strerror, __strerrorname_np };

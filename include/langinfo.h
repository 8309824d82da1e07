/* nl_langinfo for the C locale. */
#ifndef _LANGINFO_H
#define _LANGINFO_H

#include <features.h>

typedef int nl_item;

#define CODESET 14

__TD_BEGIN_DECLS
char *nl_langinfo(nl_item item);
__TD_END_DECLS

#endif

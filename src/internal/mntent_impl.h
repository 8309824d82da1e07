/* fstab and mtab lines: fields split at blanks, \ooo octal escapes for the blanks inside them. */
#ifndef TRAPDOOR_MNTENT_IMPL_H
#define TRAPDOOR_MNTENT_IMPL_H

#include <mntent.h>
#include "libc.h"

/*
 * Parse line in place into mnt: 0, or -1 for a blank line, a comment or a
 * line without a mount point.  The type and options may be missing (""),
 * the numbers too (0).
 */
hidden int __mnt_parse(char *line, struct mntent *mnt);

#endif

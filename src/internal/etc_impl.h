/*
 * Readers of /etc/passwd, /etc/group and /etc/shadow (no NSS).  A line is
 * read whole, however long, and split in place at ':'; a line that is not
 * well formed (wrong field count, an id that is not a decimal number that
 * fits 32 bits, an empty name, a NUL byte) is skipped.
 */
#ifndef TRAPDOOR_ETC_IMPL_H
#define TRAPDOOR_ETC_IMPL_H

#include <grp.h>
#include <pwd.h>
#include <shadow.h>
#include <stdio.h>
#include "libc.h"

/* One line of a file, in a buffer grown as needed. */
struct __etc_buf {
	char *line;
	size_t cap;
	size_t len;
};

/* Open an /etc file by its name ("passwd"); NULL with errno on failure. */
hidden FILE *__etc_open(const char *name);

/*
 * The next well-formed entry of f: 1, 0 at the end, -1 with errno on a read
 * error.  The entry's strings point into b->line.
 */
hidden int __pw_next(FILE *f, struct __etc_buf *b, struct passwd *pw);
hidden int __gr_next(FILE *f, struct __etc_buf *b, struct group *gr, char ***mem, size_t *nmem);
hidden int __sp_next(FILE *f, struct __etc_buf *b, struct spwd *sp);

/* Split a line read by __etc_read into exactly n fields at sep; 0 or -1. */
hidden int __etc_fields(char *line, size_t len, char **field, int n, int sep);
/* Read the next line into b without its newline: 1, 0 at the end, -1 on error. */
hidden int __etc_read(FILE *f, struct __etc_buf *b);
/* A decimal id of up to 32 bits, the whole string: 0 and *id, else -1. */
hidden int __etc_id(const char *s, unsigned *id);

/*
 * Search by name (when name is not NULL) or by id.  Return 0 with *found set
 * to 1 or 0, or an errno value.  A missing file is no entry.
 */
hidden int __pw_search(const char *name, uid_t uid, struct __etc_buf *b, struct passwd *pw, int *found);
hidden int __sp_search(const char *name, struct __etc_buf *b, struct spwd *sp, int *found);
hidden int __gr_search(const char *name, gid_t gid, struct __etc_buf *b, struct group *gr,
		       char ***mem, size_t *nmem, int *found);

/* The _r forms' copy: the entry's line into buf, the pointers moved with it. */
hidden int __pw_copy(const struct __etc_buf *b, struct passwd *pw, char *buf, size_t size);
hidden int __gr_copy(const struct __etc_buf *b, struct group *gr, char *buf, size_t size);

/*
 * The open file of getpwent, getgrent and getspent, which the set functions
 * rewind and the end functions close.
 */
extern hidden FILE *__pwent_file, *__grent_file, *__spent_file;

/* A field putpwent, putgrent or putspent may write: no ':' or newline (nor stop, when not 0). */
hidden int __etc_field_ok(const char *s, int stop);

hidden int __getgrouplist(const char *user, gid_t group, gid_t *groups, int *ngroups);
hidden int __setgroups(size_t size, const gid_t *list);

#endif

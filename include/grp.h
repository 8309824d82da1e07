#ifndef _GRP_H
#define _GRP_H

#include <features.h>
#include <bits/alltypes.h>

struct group {
	char *gr_name;
	char *gr_passwd;
	gid_t gr_gid;
	char **gr_mem;
};

__TD_BEGIN_DECLS

struct group *getgrnam(const char *name);
struct group *getgrgid(gid_t gid);
int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **result);
int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **result);

#if defined(__TD_MISC) || defined(__TD_XOPEN)
struct group *getgrent(void);
void setgrent(void);
void endgrent(void);
#endif

#ifdef __TD_MISC
int getgrouplist(const char *user, gid_t group, gid_t *groups, int *ngroups);
int initgroups(const char *user, gid_t group);
int setgroups(size_t size, const gid_t *list);
struct __FILE;
struct group *fgetgrent(struct __FILE *f);
#endif

#ifdef __TD_GNU
int putgrent(const struct group *gr, struct __FILE *f);
#endif

__TD_END_DECLS

#endif

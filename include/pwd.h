#ifndef _PWD_H
#define _PWD_H

#include <features.h>
#include <bits/alltypes.h>

struct passwd {
	char *pw_name;
	char *pw_passwd;
	uid_t pw_uid;
	gid_t pw_gid;
	char *pw_gecos;
	char *pw_dir;
	char *pw_shell;
};

__TD_BEGIN_DECLS

struct passwd *getpwnam(const char *name);
struct passwd *getpwuid(uid_t uid);
int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size, struct passwd **result);
int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result);

#if defined(__TD_MISC) || defined(__TD_XOPEN)
struct passwd *getpwent(void);
void setpwent(void);
void endpwent(void);
#endif

#ifdef __TD_MISC
struct __FILE;
struct passwd *fgetpwent(struct __FILE *f);
int putpwent(const struct passwd *pw, struct __FILE *f);
#endif

/*
 * For trapdoor's own tests only: read passwd, group and shadow from the
 * directory dir instead of /etc (NULL: /etc again).  Not for programs.
 */
void __trapdoor_test_etc(const char *dir);

__TD_END_DECLS

#endif

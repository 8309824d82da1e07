#ifndef _SHADOW_H
#define _SHADOW_H

#include <features.h>
#include <bits/alltypes.h>

/* A numeric field left empty in /etc/shadow reads as -1. */
struct spwd {
	char *sp_namp;
	char *sp_pwdp;
	long sp_lstchg;
	long sp_min;
	long sp_max;
	long sp_warn;
	long sp_inact;
	long sp_expire;
	unsigned long sp_flag;
};

__TD_BEGIN_DECLS

struct spwd *getspnam(const char *name);
int getspnam_r(const char *name, struct spwd *sp, char *buf, size_t size, struct spwd **result);
struct spwd *getspent(void);
void setspent(void);
void endspent(void);
struct __FILE;
struct spwd *fgetspent(struct __FILE *f);
int putspent(const struct spwd *sp, struct __FILE *f);

__TD_END_DECLS

#endif

#ifndef _UTMPX_H
#define _UTMPX_H

#include <features.h>
#include <bits/alltypes.h>
#include <stdint.h>

/*
 * The login records' layout, glibc's on every arch (384 bytes, 32-bit
 * times), so that a program reading /var/run/utmp or /var/log/wtmp itself
 * reads what the system wrote.  trapdoor keeps no records: getutxent and
 * the others find none, pututxline writes none.
 */
#define __UT_LINESIZE 32
#define __UT_NAMESIZE 32
#define __UT_HOSTSIZE 256

#define EMPTY         0
#define RUN_LVL       1
#define BOOT_TIME     2
#define NEW_TIME      3
#define OLD_TIME      4
#define INIT_PROCESS  5
#define LOGIN_PROCESS 6
#define USER_PROCESS  7
#define DEAD_PROCESS  8
#define ACCOUNTING    9

struct __exit_status {
	short e_termination;
	short e_exit;
};

struct utmpx {
	short ut_type;
	pid_t ut_pid;
	char ut_line[__UT_LINESIZE];
	char ut_id[4];
	char ut_user[__UT_NAMESIZE];
	char ut_host[__UT_HOSTSIZE];
	struct __exit_status ut_exit;
	int32_t ut_session;
	struct {
		int32_t tv_sec;
		int32_t tv_usec;
	} ut_tv;
	int32_t ut_addr_v6[4];
	char __unused[20];
};

__TD_BEGIN_DECLS

void setutxent(void);
void endutxent(void);
struct utmpx *getutxent(void);
struct utmpx *getutxid(const struct utmpx *ut);
struct utmpx *getutxline(const struct utmpx *ut);
struct utmpx *pututxline(const struct utmpx *ut);
#ifdef __TD_GNU
int utmpxname(const char *file);
void updwtmpx(const char *file, const struct utmpx *ut);
#endif

__TD_END_DECLS

#endif

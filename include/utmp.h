#ifndef _UTMP_H
#define _UTMP_H

#include <features.h>
#include <paths.h>
#include <utmpx.h>

/* glibc's older names for <utmpx.h>'s records; trapdoor keeps none (see there). */
#define UT_LINESIZE __UT_LINESIZE
#define UT_NAMESIZE __UT_NAMESIZE
#define UT_HOSTSIZE __UT_HOSTSIZE

#define UTMP_FILE     _PATH_UTMP
#define UTMP_FILENAME _PATH_UTMP
#define WTMP_FILE     _PATH_WTMP
#define WTMP_FILENAME _PATH_WTMP

struct exit_status {
	short e_termination;
	short e_exit;
};

struct utmp {
	short ut_type;
	pid_t ut_pid;
	char ut_line[UT_LINESIZE];
	char ut_id[4];
	char ut_user[UT_NAMESIZE];
	char ut_host[UT_HOSTSIZE];
	struct exit_status ut_exit;
	int32_t ut_session;
	struct {
		int32_t tv_sec;
		int32_t tv_usec;
	} ut_tv;
	int32_t ut_addr_v6[4];
	char __unused[20];
};

#define ut_name  ut_user
#define ut_time  ut_tv.tv_sec
#define ut_xtime ut_tv.tv_sec
#define ut_addr  ut_addr_v6[0]

/* /var/log/lastlog's records, indexed by uid. */
struct lastlog {
	int32_t ll_time;
	char ll_line[UT_LINESIZE];
	char ll_host[UT_HOSTSIZE];
};

__TD_BEGIN_DECLS

int login_tty(int fd);
void setutent(void);
void endutent(void);
struct utmp *getutent(void);
struct utmp *getutid(const struct utmp *ut);
struct utmp *getutline(const struct utmp *ut);
struct utmp *pututline(const struct utmp *ut);
int utmpname(const char *file);
void updwtmp(const char *file, const struct utmp *ut);
void logwtmp(const char *line, const char *name, const char *host);

__TD_END_DECLS

#endif

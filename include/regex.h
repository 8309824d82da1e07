/*
 * POSIX regular expressions, basic (BRE) and extended (REG_EXTENDED), in the
 * C locale.  Flags and error codes have glibc's values, so a program built
 * for both sees the same numbers; as in glibc, BRE also takes \+ \? \| and
 * regexec may fail with REG_ESPACE on a pattern with back-references whose
 * search exceeds a fixed step budget (docs/regex.md).
 */
#ifndef _REGEX_H
#define _REGEX_H

#include <features.h>
#include <stddef.h>

__TD_BEGIN_DECLS

typedef __PTRDIFF_TYPE__ regoff_t;

typedef struct {
	size_t re_nsub;
	void *__re_prog;
} regex_t;

typedef struct {
	regoff_t rm_so;
	regoff_t rm_eo;
} regmatch_t;

#define REG_EXTENDED 1
#define REG_ICASE    2
#define REG_NEWLINE  4
#define REG_NOSUB    8

#define REG_NOTBOL 1
#define REG_NOTEOL 2

#define REG_NOERROR  0
#define REG_NOMATCH  1
#define REG_BADPAT   2
#define REG_ECOLLATE 3
#define REG_ECTYPE   4
#define REG_EESCAPE  5
#define REG_ESUBREG  6
#define REG_EBRACK   7
#define REG_EPAREN   8
#define REG_EBRACE   9
#define REG_BADBR    10
#define REG_ERANGE   11
#define REG_ESPACE   12
#define REG_BADRPT   13
#define REG_EEND     14
#define REG_ESIZE    15
#define REG_ERPAREN  16

int regcomp(regex_t *__restrict_arg preg, const char *__restrict_arg pattern, int cflags);
int regexec(const regex_t *__restrict_arg preg, const char *__restrict_arg string,
	size_t nmatch, regmatch_t *__restrict_arg pmatch, int eflags);
size_t regerror(int errcode, const regex_t *__restrict_arg preg, char *__restrict_arg errbuf,
	size_t errbuf_size);
void regfree(regex_t *preg);

__TD_END_DECLS

#endif

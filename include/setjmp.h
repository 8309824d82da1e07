/*
 * Non-local jumps.  setjmp and _setjmp save no signal mask and longjmp
 * restores none (glibc's behaviour); sigsetjmp(env, 1) saves the mask and
 * only siglongjmp puts it back.  The register layout of __jb is each arch's
 * own (src/setjmp/<arch>/setjmp.S).
 */
#ifndef _SETJMP_H
#define _SETJMP_H

#include <features.h>
#include <bits/setjmp.h>

typedef struct __jmp_buf_tag {
	unsigned long long __jb[__TD_JB_WORDS];
	unsigned long long __saved;
	unsigned long __mask[128 / sizeof(unsigned long)];
} jmp_buf[1];

__TD_BEGIN_DECLS

int setjmp(jmp_buf env) __attribute__((__returns_twice__));
_Noreturn void longjmp(jmp_buf env, int val);
#define setjmp setjmp

#ifdef __TD_POSIX
typedef jmp_buf sigjmp_buf;
int sigsetjmp(sigjmp_buf env, int savemask) __attribute__((__returns_twice__));
_Noreturn void siglongjmp(sigjmp_buf env, int val);
#endif

#ifdef __TD_XOPEN
int _setjmp(jmp_buf env) __attribute__((__returns_twice__));
_Noreturn void _longjmp(jmp_buf env, int val);
#endif

__TD_END_DECLS

#endif

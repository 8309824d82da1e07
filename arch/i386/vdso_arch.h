/* The vDSO's clock_gettime on i386: its name and symbol version. */
#define VDSO_CGT_SYM "__vdso_clock_gettime64"
#define VDSO_CGT_VER "LINUX_2.6"

/* The vDSO's clock_gettime on x86_64: its name and symbol version. */
#define VDSO_CGT_SYM "__vdso_clock_gettime"
#define VDSO_CGT_VER "LINUX_2.6"

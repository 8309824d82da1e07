/* The vDSO's clock_gettime on s390x: its name and symbol version. */
#define VDSO_CGT_SYM "__kernel_clock_gettime"
#define VDSO_CGT_VER "LINUX_2.6.29"

/* The vDSO's clock_gettime on riscv64: its name and symbol version. */
#define VDSO_CGT_SYM "__vdso_clock_gettime"
#define VDSO_CGT_VER "LINUX_4.15"

/* The start-up object: the arch stub hands us the initial stack pointer. */
#include "crt_arch.h"

int main();
_Noreturn void __libc_start_main(int (*)(), int, char **);

void __start_c(long *sp);

void __start_c(long *sp)
{
	__libc_start_main(main, (int)sp[0], (char **)(sp + 1));
}

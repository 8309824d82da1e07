/* The start-up object: the arch stub hands us the initial stack pointer. */
#include "crt_arch.h"
#include "libc.h"

int main();

void __start_c(long *sp)
{
	__libc_start_main(main, (int)sp[0], (char **)(sp + 1));
}

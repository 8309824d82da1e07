#include <errno.h>
#include <stdlib.h>
#include "exit_impl.h"

/*
 * Handlers in blocks of 32: the first block is static, so the first 32
 * registrations never need malloc; each further block is malloc'd, so there
 * is no limit but memory.  Run last-registered first, as atexit's.
 */
struct block {
	struct block *next;
	void (*f[32])(void);
};

static struct block first, *head = &first;
static int used;

int at_quick_exit(void (*func)(void))
{
	if (used == 32) {
		struct block *b = malloc(sizeof *b);

		if (!b) {
			errno = ENOMEM;
			return -1;
		}
		b->next = head;
		head = b;
		used = 0;
	}
	head->f[used++] = func;
	return 0;
}

void __funcs_on_quick_exit(void)
{
	for (;;) {
		while (used > 0)
			head->f[--used]();
		if (head == &first)
			return;
		head = head->next;
		used = 32;
	}
}

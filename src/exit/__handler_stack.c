#include <errno.h>
#include <stdlib.h>
#include "exit_impl.h"

int __handler_push(struct handler_stack *s, void (*fn)(void))
{
	if (!s->head)
		s->head = &s->first;
	if (s->used == HANDLER_BLOCK) {
		struct handler_block *b = malloc(sizeof *b);

		if (!b) {
			errno = ENOMEM;
			return -1;
		}
		b->next = s->head;
		s->head = b;
		s->used = 0;
	}
	s->head->f[s->used++] = fn;
	return 0;
}

/* Emptied blocks are not freed: the process is on its way out. */
void __handler_run_all(struct handler_stack *s)
{
	for (;;) {
		while (s->used > 0)
			s->head->f[--s->used]();
		if (!s->head || s->head == &s->first)
			return;
		s->head = s->head->next;
		s->used = HANDLER_BLOCK;
	}
}

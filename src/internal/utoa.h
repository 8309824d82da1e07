#ifndef TRAPDOOR_UTOA_H
#define TRAPDOOR_UTOA_H

/*
 * Write v in decimal so that it ends just before end; return where it
 * starts.  Callers build "prefix + number" strings right to left with it,
 * without linking printf.
 */
static inline char *__utoa_before(char *end, unsigned long v)
{
	do
		*--end = '0' + v % 10;
	while (v /= 10);
	return end;
}

#endif

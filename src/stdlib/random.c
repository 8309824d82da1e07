#define _DEFAULT_SOURCE 1
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "random.h"

/*
 * The BSD additive feedback generator, with glibc's seeding and state layout
 * so that every seed gives glibc's sequence: r[i] = r[i - deg] + r[i - sep]
 * (mod 2^32), each output the top 31 bits.  A state buffer of n bytes holds
 * one word recording the type and position, then deg words; under 32 bytes
 * it is a plain linear congruential generator instead.
 */
enum { TYPES = 5 };
static const unsigned char degrees[TYPES] = { 0, 7, 15, 31, 63 };
static const unsigned char seps[TYPES] = { 0, 3, 1, 3, 1 };

static int32_t init_state[1 + 31] = { 3 };
static int32_t *state = init_state + 1;
static int type = 3, deg = 31, sep = 3, f = 3, r, seeded;

static uint32_t step(void)
{
	uint32_t v;

	if (!type) {
		v = ((uint32_t)state[0] * 1103515245u + 12345u) & 0x7fffffff;
		state[0] = v;
		return v;
	}
	v = (uint32_t)state[f] + (uint32_t)state[r];
	state[f] = v;
	if (++f == deg) {
		f = 0;
		r++;
	} else if (++r == deg) {
		r = 0;
	}
	return v >> 1;
}

void __srandom(unsigned seed)
{
	/* A 32-bit word, as glibc's: seeds from 2^31 up start negative. */
	int32_t word = seed ? (int32_t)seed : 1;

	seeded = 1;
	state[0] = word;
	if (!type)
		return;
	/* Park-Miller "minimal standard" steps by Schrage's method, as glibc. */
	for (int i = 1; i < deg; i++) {
		int64_t hi = word / 127773, lo = word % 127773;

		word = (int32_t)(16807 * lo - 2836 * hi);
		if (word < 0)
			word += 2147483647;
		state[i] = word;
	}
	f = sep;
	r = 0;
	for (int i = 0; i < 10 * deg; i++)
		step();
}

long __random(void)
{
	if (!seeded)
		__srandom(1);
	return step();
}

weak_alias(__random, random);
weak_alias(__srandom, srandom);

/* The word before the state: which generator, and where the rear pointer is. */
static void save(void)
{
	state[-1] = type ? r * TYPES + type : 0;
}

char *__initstate(unsigned seed, char *buf, size_t n)
{
	char *old = (char *)(state - 1);
	int t;

	if (n < 8) {
		errno = EINVAL;
		return NULL;
	}
	t = n >= 256 ? 4 : n >= 128 ? 3 : n >= 64 ? 2 : n >= 32 ? 1 : 0;
	if (seeded)
		save();
	state = (int32_t *)(void *)buf + 1;
	type = t;
	deg = degrees[t];
	sep = seps[t];
	__srandom(seed);
	save();
	return old;
}

char *__setstate(char *buf)
{
	int32_t *s = (int32_t *)(void *)buf;
	char *old = (char *)(state - 1);
	int t = s[0] % TYPES, rear = s[0] / TYPES;

	if (t < 0 || t >= TYPES) {
		errno = EINVAL;
		return NULL;
	}
	if (!seeded)
		__srandom(1);
	save();
	state = s + 1;
	type = t;
	deg = degrees[t];
	sep = seps[t];
	if (t) {
		r = rear;
		f = (rear + sep) % deg;
	}
	return old;
}

weak_alias(__initstate, initstate);
weak_alias(__setstate, setstate);

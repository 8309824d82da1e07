#ifndef _SCHED_H
#define _SCHED_H

#include <features.h>
#include <bits/alltypes.h>
#include <bits/sched.h>

#define SCHED_OTHER 0
#define SCHED_FIFO  1
#define SCHED_RR    2
#define SCHED_BATCH 3
#define SCHED_IDLE  5

struct sched_param {
	int sched_priority;
};

__TD_BEGIN_DECLS

int sched_yield(void);

#ifdef __TD_GNU
int unshare(int flags);
int setns(int fd, int nstype);
int sched_getcpu(void);

/* CPU sets of 1024 CPUs; the _S forms take a size in bytes for larger sets. */
#define CPU_SETSIZE 1024
#define __CPU_BITS  (8 * sizeof(unsigned long))

typedef struct {
	unsigned long __bits[CPU_SETSIZE / (8 * sizeof(unsigned long))];
} cpu_set_t;

int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set);
int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t *set);
cpu_set_t *__sched_cpualloc(size_t count);
void __sched_cpufree(cpu_set_t *set);

static __inline int __cpu_count_s(size_t size, const cpu_set_t *set)
{
	size_t i;
	int n = 0;

	for (i = 0; i < size / sizeof(unsigned long); i++)
		n += __builtin_popcountl(set->__bits[i]);
	return n;
}

#define __CPU_OP_S(name, op) \
	static __inline void name(size_t size, cpu_set_t *d, const cpu_set_t *a, const cpu_set_t *b) \
	{ \
		size_t i; \
		for (i = 0; i < size / sizeof(unsigned long); i++) \
			d->__bits[i] = a->__bits[i] op b->__bits[i]; \
	}
__CPU_OP_S(__cpu_and_s, &)
__CPU_OP_S(__cpu_or_s, |)
__CPU_OP_S(__cpu_xor_s, ^)
#undef __CPU_OP_S

#define __CPU_MASK(i) (1UL << ((size_t)(i) % __CPU_BITS))
#define __CPU_IN(i, size) ((size_t)(i) / 8 < (size))
#define CPU_SET_S(i, size, set) \
	(__CPU_IN(i, size) ? ((set)->__bits[(size_t)(i) / __CPU_BITS] |= __CPU_MASK(i)) : 0)
#define CPU_CLR_S(i, size, set) \
	(__CPU_IN(i, size) ? ((set)->__bits[(size_t)(i) / __CPU_BITS] &= ~__CPU_MASK(i)) : 0)
#define CPU_ISSET_S(i, size, set) \
	(__CPU_IN(i, size) ? ((set)->__bits[(size_t)(i) / __CPU_BITS] & __CPU_MASK(i)) != 0 : 0)
#define CPU_ZERO_S(size, set)        ((void)__builtin_memset(set, 0, size))
#define CPU_COUNT_S(size, set)       __cpu_count_s(size, set)
#define CPU_EQUAL_S(size, a, b)      (__builtin_memcmp(a, b, size) == 0)
#define CPU_AND_S(size, d, a, b)     __cpu_and_s(size, d, a, b)
#define CPU_OR_S(size, d, a, b)      __cpu_or_s(size, d, a, b)
#define CPU_XOR_S(size, d, a, b)     __cpu_xor_s(size, d, a, b)

#define CPU_SET(i, set)      CPU_SET_S(i, sizeof(cpu_set_t), set)
#define CPU_CLR(i, set)      CPU_CLR_S(i, sizeof(cpu_set_t), set)
#define CPU_ISSET(i, set)    CPU_ISSET_S(i, sizeof(cpu_set_t), set)
#define CPU_ZERO(set)        CPU_ZERO_S(sizeof(cpu_set_t), set)
#define CPU_COUNT(set)       CPU_COUNT_S(sizeof(cpu_set_t), set)
#define CPU_EQUAL(a, b)      CPU_EQUAL_S(sizeof(cpu_set_t), a, b)
#define CPU_AND(d, a, b)     CPU_AND_S(sizeof(cpu_set_t), d, a, b)
#define CPU_OR(d, a, b)      CPU_OR_S(sizeof(cpu_set_t), d, a, b)
#define CPU_XOR(d, a, b)     CPU_XOR_S(sizeof(cpu_set_t), d, a, b)

/* Bytes for a set of count CPUs, in whole words. */
#define CPU_ALLOC_SIZE(count) \
	(((size_t)(count) + __CPU_BITS - 1) / __CPU_BITS * sizeof(unsigned long))
#define CPU_ALLOC(count) __sched_cpualloc(count)
#define CPU_FREE(set)    __sched_cpufree(set)
#endif

__TD_END_DECLS

#endif

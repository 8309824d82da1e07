/*
 * A differential fuzzer of the printf formatting core against the host
 * glibc (x86_64 only): random formats, well-formed or not, with random
 * arguments, through trapdoor's __vformat and glibc's vsnprintf on the same
 * va_list.  Run by hand (make fuzz-printf in an x86_64 build); not part of
 * make check.
 *
 *   fuzz-printf [SECONDS [SEED]]     default 60 s, seed from the clock
 *
 * Arguments are laid out as the x86_64 SysV ABI passes them, so any mix of
 * types can be read in any order: integers in the five argument registers
 * left after the format, doubles in the eight vector registers, and the
 * rest (and every long double) in stack slots, in the order they are read.
 */
#define _GNU_SOURCE     /* strerrorname_np, for %#m */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "../../src/stdio/__fmt_out.c"
#include "../../src/stdio/__vformat.c"
#include "../../src/stdio/__fmt_fp.c"

#if !defined(__x86_64__)
#error "the argument layout below is x86_64's"
#endif

/* glibc has strerrorname_np since 2.32. */
static const struct __fmt_ops ops = { __fmt_fp, strerror, strerrorname_np };

#define OUT_MAX 70000
#define GPR 5
#define XMM 8
#define SLOTS 96

static char got[OUT_MAX], want[OUT_MAX];
static uint64_t rng;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static unsigned pick(unsigned n)
{
	return next() % n;
}

/* snprintf's sink: keeps what fits. */
static void bounded(struct __fmt_sink *o, const char *s, size_t n)
{
	size_t room = o->end - o->pos;

	memcpy(o->pos, s, n < room ? n : room);
	o->pos = o->end;
}

/* The argument registers and stack slots of one call. */
static struct {
	long long g[GPR];
	double x[XMM];
	uint64_t s[SLOTS];
	int ng, nx, ns;
} args;

enum { A_INT, A_DBL, A_LDBL };

static const char *const strs[] = {
	"", "a", "hello", "hello, world", "%d%s", "\t\n", "\xc3\xa9t\xc3\xa9",
	"a long string of some forty-odd characters..",
};
static const wchar_t *const wstrs[] = { L"", L"wide", L"x y z", L"caf\xe9" };
static long long wscratch;

static int put_int(long long v)
{
	if (args.ng < GPR) {
		args.g[args.ng++] = v;
		return 1;
	}
	if (args.ns >= SLOTS)
		return 0;
	args.s[args.ns++] = v;
	return 1;
}

static int put_dbl(double d)
{
	if (args.nx < XMM) {
		args.x[args.nx++] = d;
		return 1;
	}
	if (args.ns >= SLOTS)
		return 0;
	memcpy(&args.s[args.ns++], &d, 8);
	return 1;
}

static int put_ldbl(long double d)
{
	args.ns += args.ns & 1;
	if (args.ns + 2 > SLOTS)
		return 0;
	memset(&args.s[args.ns], 0, 16);
	memcpy(&args.s[args.ns], &d, 10);
	args.ns += 2;
	return 1;
}

static long long rand_int(void)
{
	static const long long edge[] = {
		0, 1, -1, 7, -8, 42, 127, 128, 255, 256, -128, -129, 32767, -32768, 65535, 65536,
		INT_MAX, INT_MIN, UINT_MAX, (long long)UINT_MAX + 1, LLONG_MAX, LLONG_MIN, 100, 1000,
	};

	switch (pick(4)) {
	case 0: return edge[pick(sizeof edge / sizeof *edge)];
	case 1: return (long long)pick(200) - 100;
	case 2: return (long long)(next() >> pick(64));
	default: return (long long)next();
	}
}

static double rand_dbl(void)
{
	static const double edge[] = {
		0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 9.5, 99.5, 0.05, 1e-5, 1e21, 1e22, 1e23, 1e308,
		DBL_MAX, DBL_MIN, DBL_TRUE_MIN, DBL_EPSILON, 0.1, 2.0 / 3, 999999.5, 0.9999995,
	};
	uint64_t b;
	double d;

	switch (pick(6)) {
	case 0: return edge[pick(sizeof edge / sizeof *edge)] * (pick(2) ? 1 : -1);
	case 1: return pick(3) ? INFINITY * (pick(2) ? 1 : -1) : (pick(2) ? NAN : -NAN);
	case 2: return ldexp((double)(2 * pick(1000) + 1), -(int)pick(60));
	case 3:
		b = (next() & 0x800fffffffffffffu) | (uint64_t)(1023 + pick(80) - 40) << 52;
		break;
	default:
		b = next();
		break;
	}
	memcpy(&d, &b, 8);
	return d;
}

/* Any 80-bit pattern, unnormals and pseudo-infinities included (not pseudo-denormals). */
static long double rand_ldbl(void)
{
	long double d = 0;
	uint64_t m = next();
	uint16_t se;

	switch (pick(5)) {
	case 0: return (long double)rand_dbl();
	case 1: se = (uint16_t)(16383 + pick(200) - 100); m |= 1ull << 63; break;
	case 2: se = (uint16_t)(pick(2) << 15 | 0x7fff); m = pick(2) ? m : m >> pick(64); break;
	case 3: se = (uint16_t)next(); m &= ~(1ull << 63); break;
	default: se = (uint16_t)next(); m |= 1ull << 63; break;
	}
	if (!(se & 0x7fff))
		m &= ~(1ull << 63);
	memcpy(&d, &m, 8);
	memcpy((char *)&d + 8, &se, 2);
	return d;
}

/* Appends to the format being built. */
static char fmt[1024];
static size_t flen;

static void add(const char *s)
{
	size_t n = strlen(s);

	if (flen + n < sizeof fmt) {
		memcpy(fmt + flen, s, n);
		flen += n;
		fmt[flen] = 0;
	}
}

static void add_num(long v)
{
	char b[24];

	snprintf(b, sizeof b, "%ld", v);
	add(b);
}

static long rand_width(void)
{
	switch (pick(8)) {
	case 0: return pick(3);
	case 1: return 5000 + pick(20000);
	case 2: return (long)INT_MAX + 1 + pick(100);
	default: return pick(40);
	}
}

static long rand_prec(void)
{
	switch (pick(10)) {
	case 0: return 0;
	case 1: return 300 + pick(1200);
	case 2: return pick(2) ? INT_MAX - 1 - pick(2) : (long)INT_MAX + 1 + pick(100);
	default: return pick(30);
	}
}

/* What one well-formed conversion reads. */
struct conv {
	char c;
	const char *len;
	int type;       /* A_INT, A_DBL, A_LDBL */
	int kind;       /* 's' string, 'S' wide string, 'p' pointer, 'c' wide char, 'i' int */
};

static void rand_conv(struct conv *c)
{
	static const char ints[] = "diouxX";
	static const char *const ilen[] = { "", "", "", "hh", "h", "l", "ll", "j", "z", "t", "q", "L" };
	static const char floats[] = "aAeEfFgG";

	c->type = A_INT;
	c->kind = 'i';
	c->len = "";
	switch (pick(12)) {
	case 0: case 1: case 2: case 3:
		c->c = ints[pick(6)];
		c->len = ilen[pick(sizeof ilen / sizeof *ilen)];
		break;
	case 4: case 5: case 6:
		c->c = floats[pick(8)];
		if (pick(3) == 0) {
			c->len = "L";
			c->type = A_LDBL;
		} else {
			c->len = pick(4) ? "" : "l";
			c->type = A_DBL;
		}
		break;
	case 7:
		c->c = 's';
		c->kind = 's';
		if (pick(5) == 0) {
			c->len = "l";
			c->kind = 'S';
		}
		break;
	case 8:
		c->c = 'c';
		if (pick(3) == 0) {
			c->len = "l";
			c->kind = 'c';
		}
		break;
	case 9:
		c->c = 'p';
		c->kind = 'p';
		break;
	case 10:
		c->c = 'm';
		c->type = -1;
		break;
	default:
		c->c = '%';
		c->type = -1;
		break;
	}
}

static int put_arg(const struct conv *c)
{
	switch (c->type) {
	case A_DBL: return put_dbl(rand_dbl());
	case A_LDBL: return put_ldbl(rand_ldbl());
	}
	switch (c->kind) {
	case 's':
		return put_int(pick(9) ? (long long)(intptr_t)strs[pick(sizeof strs / sizeof *strs)] : 0);
	case 'S':
		return put_int(pick(9) ? (long long)(intptr_t)wstrs[pick(4)] : 0);
	case 'p':
		return put_int(pick(4) ? rand_int() : (long long)(intptr_t)&wscratch);
	case 'c':
		return put_int(pick(4) ? ' ' + pick(95) : pick(300));
	}
	return put_int(rand_int());
}

static const char flag_chars[] = "-+ #0'";

static void add_flags(void)
{
	for (unsigned n = pick(3) ? pick(3) : pick(7); n; n--) {
		char f[2] = { flag_chars[pick(6)], 0 };

		add(f);
	}
}

static void add_literal(void)
{
	static const char *const lits[] = { "", "", "x", "ab", " ", "|", "\n", "[", "]", "--" };

	add(lits[pick(sizeof lits / sizeof *lits)]);
}

/*
 * A width or precision argument: * reads an int.  No negative width on
 * glibc's positional path, which pads a left-justified number with zeros
 * on the right (or not at all for %a): not compared.
 */
static int star_arg(int prec, int positional)
{
	long long v;

	switch (pick(6)) {
	case 0: v = positional && !prec ? (long long)pick(30) : -(long long)pick(30); break;
	case 1: v = positional && !prec ? 1 : -1; break;
	case 2: v = 3000 + pick(5000); break;
	default: v = pick(30); break;
	}
	return put_int(v);
}

/* Sequential arguments: each specification takes the next ones. */
static int gen_sequential(void)
{
	int n = 1 + pick(6);

	for (int i = 0; i < n; i++) {
		struct conv c;
		int has_prec = 0;
		long prec = 0;

		add_literal();
		add("%");
		add_flags();
		if (pick(5) == 0) {
			add("*");
			if (!star_arg(0, 0))
				return 0;
		} else if (pick(2)) {
			add_num(rand_width());
		}
		if (pick(2)) {
			add(".");
			if (pick(5) == 0) {
				add("*");
				if (!star_arg(1, 0))
					return 0;
			} else if (pick(6)) {
				has_prec = 1;
				prec = rand_prec();
			}
		}
		rand_conv(&c);
		/*
		 * A precision near INT_MAX: glibc prints garbage for a float and
		 * takes seconds for the zeros of an integer; strings only.  Over
		 * INT_MAX it is EOVERFLOW for every conversion.
		 */
		if (has_prec)
			add_num(prec > INT_MAX || c.kind == 's' || c.kind == 'S' ? prec : prec % 1500);
		add(c.len);
		add((char[]){ c.c, 0 });
		if (c.type >= 0 && !put_arg(&c))
			return 0;
	}
	add_literal();
	return 1;
}

/*
 * Positional arguments: each position gets one type, every position up to
 * the highest is used, and specifications name them in any order, width
 * and precision positions included.
 */
static int gen_positional(void)
{
	int nspec = 1 + pick(6), npos = 0;
	struct { struct conv c; int pos, wpos, ppos; long w, p; int haw, hap; } sp[6];
	int type_of[40];
	char kind_of[40];

	for (int i = 0; i < nspec; i++) {
		rand_conv(&sp[i].c);
		/* glibc's positional path reads L and q on integers as int: not compared. */
		if (sp[i].c.type == A_INT && (sp[i].c.len[0] == 'L' || sp[i].c.len[0] == 'q'))
			sp[i].c.len = "ll";
		sp[i].wpos = sp[i].ppos = 0;
		sp[i].haw = pick(2);
		sp[i].hap = pick(2);
		/* It also ignores a width or precision over INT_MAX, where the other path fails. */
		sp[i].w = rand_width() % 30000;
		sp[i].p = pick(6) ? rand_prec() % 30000 : -1;
		if (sp[i].c.type != A_INT && sp[i].p > 1500)
			sp[i].p %= 1500;
		if (sp[i].c.type >= 0) {
			type_of[npos] = sp[i].c.type;
			kind_of[npos] = (char)sp[i].c.kind;
			sp[i].pos = ++npos;
		} else {
			sp[i].pos = 0;
		}
		if (sp[i].c.type < 0)
			continue;
		if (pick(5) == 0) {
			type_of[npos] = A_INT;
			kind_of[npos] = 'w';
			sp[i].wpos = ++npos;
		}
		if (pick(5) == 0) {
			type_of[npos] = A_INT;
			kind_of[npos] = 'P';
			sp[i].ppos = ++npos;
		}
	}
	if (!npos)
		return 0;
	/* Shuffle which position each specification names (a permutation keeps every one used). */
	{
		int perm[40];

		for (int i = 0; i < npos; i++)
			perm[i] = i;
		for (int i = npos - 1; i > 0; i--) {
			int j = pick(i + 1), t = perm[i];

			perm[i] = perm[j];
			perm[j] = t;
		}
		/* perm[k]: the argument index of slot k; lay the arguments out in position order. */
		int type_at[40];
		char kind_at[40];

		for (int k = 0; k < npos; k++) {
			type_at[perm[k]] = type_of[k];
			kind_at[perm[k]] = kind_of[k];
		}
		for (int i = 0; i < npos; i++) {
			struct conv c = { 0, "", type_at[i], kind_at[i] };
			int ok;

			if (kind_at[i] == 'w')
				ok = star_arg(0, 1);
			else if (kind_at[i] == 'P')
				ok = star_arg(1, 1);
			else
				ok = put_arg(&c);
			if (!ok)
				return 0;
		}
		for (int i = 0; i < nspec; i++) {
			add_literal();
			if (sp[i].c.type < 0) {
				/* %% and %m take no argument: a position on them is still allowed. */
				add("%");
				add(sp[i].c.c == 'm' && pick(2) ? "#" : "");
				add((char[]){ sp[i].c.c, 0 });
				continue;
			}
			add("%");
			add_num(perm[sp[i].pos - 1] + 1);
			add("$");
			add_flags();
			if (sp[i].wpos) {
				add("*");
				add_num(perm[sp[i].wpos - 1] + 1);
				add("$");
			} else if (sp[i].haw) {
				add_num(sp[i].w);
			}
			if (sp[i].ppos) {
				add(".*");
				add_num(perm[sp[i].ppos - 1] + 1);
				add("$");
			} else if (sp[i].hap && sp[i].p >= 0) {
				add(".");
				add_num(sp[i].p);
			}
			add(sp[i].c.len);
			add((char[]){ sp[i].c.c, 0 });
		}
	}
	add_literal();
	return 1;
}

/*
 * Malformed formats: a % followed by a random run of specification
 * characters, possibly cut short by the end of the string.  They take no
 * arguments except through *: every * gets an int.  No $ (mixing is
 * undefined).
 */
static int gen_garbage(void)
{
	static const char set[] = "%-+ #0'123456789.*hlLqjztZdiouxXcspmaAeEfFgGnky!";
	static const char ends[] = "%diouxXcmaAeEfFgGky!";
	int n = 1 + pick(4), cut = pick(4) == 0;

	/*
	 * A specification cut short by the end of the format is EINVAL, but
	 * glibc prints it after an unknown conversion: only alone, then.
	 */
	if (cut)
		n = 1;
	for (int i = 0; i < n; i++) {
		int len = pick(6);

		int ended = 0;

		add_literal();
		add("%");
		for (int k = 0; k < len && !ended; k++) {
			char ch = set[pick(sizeof set - 1)];

			if (ch == 'n' || ch == 's' || ch == 'p')
				ch = 'd';
			add((char[]){ ch, 0 });
			ended = strchr(ends, ch) != 0;
		}
		if (!cut && !ended)
			add((char[]){ ends[pick(sizeof ends - 1)], 0 });
	}
	if (!cut)
		add_literal();
	/* Every int read gets a harmless value; floats a double, as a stray %f may need. */
	for (int i = 0; i < 12; i++) {
		put_int(pick(20));
		put_dbl(1.5);
	}
	return 1;
}

static int run_ours(char *buf, size_t size, const char *f, va_list ap)
{
	struct __fmt_sink o = { .pos = buf, .end = buf + size - 1, .overflow = bounded };
	int r = __vformat(&o, f, ap, &ops);

	*o.pos = 0;
	return r;
}

static long cases, failures;

static void both(const char *f, ...)
{
	va_list a1, a2;
	int e = (int)pick(140) - 2, r1, r2, e1, e2;

	va_start(a1, f);
	va_copy(a2, a1);
	errno = e;
	r2 = vsnprintf(want, sizeof want, f, a1);
	e2 = errno;
	errno = e;
	r1 = run_ours(got, sizeof got, f, a2);
	e1 = errno;
	va_end(a1);
	va_end(a2);
	cases++;
	/* glibc fails some huge widths leaving errno as it was: then only -1 is compared. */
	if (r1 != r2 || (r1 >= 0 && strcmp(got, want)) || (r1 < 0 && e2 != e && e1 != e2)) {
		failures++;
		size_t at = 0;

		while (got[at] && got[at] == want[at])
			at++;
		at = at > 40 ? at - 40 : 0;
		printf("DIFF fmt \"%s\" errno %d, from byte %zu:\n  glibc %d (errno %d) \"%.300s\"\n"
		       "  ours  %d (errno %d) \"%.300s\"\n", f, e, at, r2, e2, want + at, r1, e1, got + at);
		fflush(stdout);
	}
}

#define S(i) args.s[i]
#define S8(i) S(i), S(i + 1), S(i + 2), S(i + 3), S(i + 4), S(i + 5), S(i + 6), S(i + 7)

int main(int argc, char **argv)
{
	double secs = argc > 1 ? atof(argv[1]) : 60;
	uint64_t seed = argc > 2 ? strtoull(argv[2], 0, 0) : (uint64_t)time(0) * 2654435761u | 1;
	clock_t end = clock() + (clock_t)(secs * CLOCKS_PER_SEC);

	rng = seed;
	printf("seed %llu\n", (unsigned long long)seed);
	while (clock() < end) {
		for (int k = 0; k < 1000; k++) {
			int ok;
			unsigned mode = pick(10);

			memset(&args, 0, sizeof args);
			flen = 0;
			fmt[0] = 0;
			ok = mode < 5 ? gen_sequential() : mode < 8 ? gen_positional() : gen_garbage();
			if (!ok)
				continue;
			both(fmt, args.g[0], args.g[1], args.g[2], args.g[3], args.g[4],
			     args.x[0], args.x[1], args.x[2], args.x[3], args.x[4], args.x[5], args.x[6],
			     args.x[7], S8(0), S8(8), S8(16), S8(24), S8(32), S8(40), S8(48), S8(56),
			     S8(64), S8(72), S8(80), S8(88));
			if (failures > 50)
				goto out;
		}
	}
out:
	printf("%ld cases, %ld differences, %.0f CPU-seconds\n", cases, failures,
	       (double)clock() / CLOCKS_PER_SEC);
	return failures != 0;
}

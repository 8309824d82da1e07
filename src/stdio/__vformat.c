/*
 * The conversion-specification parser and the integer, character and string
 * conversions of the printf family.  Floating point and %m's message are
 * delegated through ops (format.h).
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "format.h"

/* The highest n a %n$ conversion may name: NL_ARGMAX in limits.h (POSIX asks at least 9). */
#define ARG_MAX_POS 64

enum { T_NONE, T_INT, T_LONG, T_LLONG, T_SIZE, T_PTRDIFF, T_INTMAX, T_PTR, T_DBL, T_LDBL };
/* A doubled h or l is the next value: L_H + 1 is hh, L_L + 1 is ll. */
enum { L_NONE, L_H, L_HH, L_L, L_LL, L_J, L_Z, L_T, L_BIG };

union arg {
	uintmax_t i;
	void *p;
	double d;
	long double ld;
};

static void fetch(union arg *a, int type, va_list *ap)
{
	switch (type) {
	case T_INT: a->i = (unsigned)va_arg(*ap, int); break;
	case T_LONG: a->i = va_arg(*ap, unsigned long); break;
	case T_LLONG: a->i = va_arg(*ap, unsigned long long); break;
	case T_SIZE: a->i = va_arg(*ap, size_t); break;
	case T_PTRDIFF: a->i = va_arg(*ap, ptrdiff_t); break;
	case T_INTMAX: a->i = va_arg(*ap, uintmax_t); break;
	case T_PTR: a->p = va_arg(*ap, void *); break;
	case T_DBL: a->d = va_arg(*ap, double); break;
	case T_LDBL: a->ld = va_arg(*ap, long double); break;
	}
}

static const unsigned char len_type[] = {
	[L_NONE] = T_INT, [L_HH] = T_INT, [L_H] = T_INT, [L_L] = T_LONG, [L_LL] = T_LLONG,
	[L_J] = T_INTMAX, [L_Z] = T_SIZE, [L_T] = T_PTRDIFF, [L_BIG] = T_LLONG,
};

/* Flag characters, and length letters, by table: a switch would cost a jump table each. */
static const unsigned char flag_of[] = {
	[' ' - ' '] = FMT_SPACE, ['#' - ' '] = FMT_ALT, ['\'' - ' '] = FMT_GROUP,
	['+' - ' '] = FMT_PLUS, ['-' - ' '] = FMT_LEFT, ['0' - ' '] = FMT_ZERO,
};

static const unsigned char len_of[] = {
	['h' - 'L'] = L_H, ['l' - 'L'] = L_L, ['L' - 'L'] = L_BIG, ['q' - 'L'] = L_BIG,
	['j' - 'L'] = L_J, ['z' - 'L'] = L_Z, ['Z' - 'L'] = L_Z, ['t' - 'L'] = L_T,
};

/* Conversions by class, through a table rather than a switch over 84 characters. */
enum { C_BAD, C_INT, C_UINT, C_PTR, C_CHAR, C_STR, C_ERR, C_COUNT, C_FLOAT, C_PCT };

static const unsigned char conv_class[] = {
	['%' - '%'] = C_PCT,
	['d' - '%'] = C_INT, ['i' - '%'] = C_INT,
	['o' - '%'] = C_UINT, ['u' - '%'] = C_UINT, ['x' - '%'] = C_UINT, ['X' - '%'] = C_UINT,
	['p' - '%'] = C_PTR, ['c' - '%'] = C_CHAR, ['s' - '%'] = C_STR, ['m' - '%'] = C_ERR,
	['n' - '%'] = C_COUNT,
	['a' - '%'] = C_FLOAT, ['A' - '%'] = C_FLOAT, ['e' - '%'] = C_FLOAT, ['E' - '%'] = C_FLOAT,
	['f' - '%'] = C_FLOAT, ['F' - '%'] = C_FLOAT, ['g' - '%'] = C_FLOAT, ['G' - '%'] = C_FLOAT,
};

static const unsigned char cls_type[] = {
	[C_CHAR] = T_INT, [C_PTR] = T_PTR, [C_STR] = T_PTR, [C_COUNT] = T_PTR, [C_FLOAT] = T_DBL,
};

/* Bits of each length modifier's type, for narrowing a fetched argument. */
static const unsigned char len_bits[] = {
	[L_NONE] = sizeof(int) * CHAR_BIT, [L_HH] = CHAR_BIT, [L_H] = sizeof(short) * CHAR_BIT,
	[L_L] = sizeof(long) * CHAR_BIT, [L_LL] = sizeof(long long) * CHAR_BIT,
	[L_J] = sizeof(intmax_t) * CHAR_BIT, [L_Z] = sizeof(size_t) * CHAR_BIT,
	[L_T] = sizeof(ptrdiff_t) * CHAR_BIT, [L_BIG] = sizeof(long long) * CHAR_BIT,
};

/* The argument's value narrowed to its length modifier, sign-extended if signed. */
static uintmax_t narrow(uintmax_t v, int len, int is_signed)
{
	int shift = sizeof(uintmax_t) * CHAR_BIT - len_bits[len];

	v <<= shift;
	return is_signed ? (uintmax_t)((intmax_t)v >> shift) : v >> shift;
}

/* Pads to width around a body made of a prefix, zeros and text. */
static void emit(struct __fmt_sink *o, int flags, int width, const char *pre, long npre,
		 long zeros, const char *s, long n)
{
	long len = npre + zeros + n;

	if ((flags & (FMT_ZERO | FMT_LEFT)) == FMT_ZERO && width > len) {
		zeros += width - len;
		len = width;
	}
	if (!(flags & FMT_LEFT) && width > len)
		__fmt_pad(o, ' ', width - len);
	if (npre)
		__fmt_out(o, pre, npre);
	if (zeros > 0)
		__fmt_pad(o, '0', zeros);
	__fmt_out(o, s, n);
	if ((flags & FMT_LEFT) && width > len)
		__fmt_pad(o, ' ', width - len);
}

static void emit_int(struct __fmt_sink *o, int flags, int width, int prec, int conv,
		     uintmax_t v, const char *pre, long npre)
{
	char buf[3 * sizeof(uintmax_t)], *e = buf + sizeof buf, *s = e;
	int lower = conv == 'X' ? 0 : 32;

	if (conv == 'o')
		for (; v; v >>= 3)
			*--s = '0' + (v & 7);
	else if (conv == 'x' || conv == 'X' || conv == 'p')
		for (; v; v >>= 4)
			*--s = "0123456789ABCDEF"[v & 15] | lower;
	else if (v) {
		for (; v >= 100; v /= 100) {
			s -= 2;
			s[0] = __fmt_digit_pairs[2 * (v % 100)];
			s[1] = __fmt_digit_pairs[2 * (v % 100) + 1];
		}
		if (v >= 10) {
			s -= 2;
			s[0] = __fmt_digit_pairs[2 * v];
			s[1] = __fmt_digit_pairs[2 * v + 1];
		} else {
			*--s = '0' + v;
		}
	}
	if (prec < 0) {
		prec = 1;
	} else {
		flags &= ~FMT_ZERO;
	}
	/* The alternative form of %o makes the first digit a zero. */
	if (conv == 'o' && (flags & FMT_ALT) && prec <= e - s)
		prec = e - s + 1;
	emit(o, flags, width, pre, npre, prec > e - s ? prec - (e - s) : 0, s, e - s);
}

/*
 * Reads a decimal number; -1 when it does not fit an int.  Out of line: the
 * three places that read one would otherwise each get a copy.
 */
__attribute__((noinline)) static int number(const char **fmt)
{
	const char *s = *fmt;
	int n = 0;

	for (; *s >= '0' && *s <= '9'; s++) {
		if (n > (INT_MAX - (*s - '0')) / 10)
			n = -2;
		if (n >= 0)
			n = 10 * n + (*s - '0');
	}
	*fmt = s;
	return n < 0 ? -1 : n;
}

/* A positional index "n$" at *fmt, or 0 (leaving *fmt) when there is none. */
static int position(const char **fmt)
{
	const char *s = *fmt;
	int n;

	if (*s < '1' || *s > '9')
		return 0;
	n = number(&s);
	if (*s != '$')
		return 0;
	*fmt = s + 1;
	return n;
}

/*
 * An unknown conversion is printed as glibc rebuilds it from what it parsed:
 * flags in glibc's order, width and precision as numbers (a * resolved), no
 * position, no length modifier, no 0 beside a -.  "%-#5.3hhk" prints
 * "%#-5.3k".
 */
static void unknown_spec(struct __fmt_sink *o, int flags, int width, int prec, char conv)
{
	char b[8], *p = b;

	*p++ = '%';
	if (flags & FMT_ALT)
		*p++ = '#';
	if (flags & FMT_GROUP)
		*p++ = '\'';
	if (flags & (FMT_PLUS | FMT_SPACE))
		*p++ = flags & FMT_PLUS ? '+' : ' ';
	if (flags & FMT_LEFT)
		*p++ = '-';
	else if (flags & FMT_ZERO)
		*p++ = '0';
	__fmt_out(o, b, p - b);
	if (width)
		emit_int(o, 0, 0, -1, 'd', width, "", 0);
	if (prec >= 0)
		emit_int(o, 0, 0, -1, 'd', prec, ".", 1);
	if (conv)
		__fmt_out(o, &conv, 1);
}

struct state {
	va_list ap;
	union arg *args;          /* values of positional arguments, or NULL */
	unsigned char *types;     /* filled in the scanning pass (o == NULL) */
	int positional;           /* a %n$ was seen */
	int sequential;           /* an argument was taken in order */
	int nargs;                /* positional arguments fetched */
	int err;                  /* errno at the call, for %m */
	int unknown;              /* an unknown conversion was printed */
	const char *resume;       /* where output stopped to collect positional types */
};

/* take's answer when a first %n$ is met before positional arguments were collected. */
#define NEED_POSITIONAL 1

/* The argument for one specification: positional (pos > 0) or the next one. */
static int take(struct state *st, struct __fmt_sink *o, int pos, int type, union arg *a)
{
	/* The scanning pass fetches nothing: a * width read there must not be stack garbage. */
	a->i = 0;
	if (pos <= 0) {
		if (st->positional || pos < 0)
			return -1;
		if (o) {
			fetch(a, type, &st->ap);
			st->sequential = 1;
		}
		return 0;
	}
	if (pos > ARG_MAX_POS || (o && st->sequential))
		return -1;
	if (o && !st->args)
		return NEED_POSITIONAL;
	st->positional = 1;
	if (!o)
		st->types[pos] = type;
	else if (pos <= st->nargs)
		*a = st->args[pos];
	else
		return -1;
	return 0;
}

/* One pass over the format: o == NULL only records the positional types. */
static int core(struct __fmt_sink *o, const char *fmt, struct state *st, const struct __fmt_ops *ops)
{
	const char *spec;
	int r;

	for (;;) {
		const char *s = fmt;
		int pos, flags = 0, width = 0, prec = -1, len = L_NONE, conv, cls, type;
		union arg a;
		char pre[3];
		long npre = 0;

		while (*s && *s != '%')
			s++;
		if (o && s != fmt)
			__fmt_out(o, fmt, s - fmt);
		if (!*s)
			return 0;
		spec = s++;
		if (*s == '%') {
			if (o)
				__fmt_out(o, s, 1);
			fmt = s + 1;
			continue;
		}
		pos = position(&s);
		for (; (unsigned)(*s - ' ') < sizeof flag_of && flag_of[*s - ' ']; s++)
			flags |= flag_of[*s - ' '];
		if (*s == '*') {
			int wpos;

			s++;
			wpos = position(&s);
			if ((r = take(st, o, pos ? (wpos ? wpos : -1) : wpos, T_INT, &a)))
				goto bad;
			width = (int)a.i;
			if (width < 0) {
				flags |= FMT_LEFT;
				width = width == INT_MIN ? -1 : -width;
			}
		} else if ((unsigned)(*s - '0') < 10) {
			width = number(&s);
		}
		if (*s == '.') {
			s++;
			if (*s == '*') {
				int ppos;

				s++;
				ppos = position(&s);
				if ((r = take(st, o, pos ? (ppos ? ppos : -1) : ppos, T_INT, &a)))
					goto bad;
				prec = (int)a.i < 0 ? -1 : (int)a.i;
			} else {
				prec = number(&s);
				if (prec < 0)
					width = -1;
			}
		}
		if (width < 0) {
			errno = EOVERFLOW;
			return -1;
		}
		/* One length modifier, as glibc reads it: hh and ll are the only pairs. */
		if ((unsigned)(*s - 'L') < sizeof len_of && (len = len_of[*s - 'L'])) {
			if ((len == L_H || len == L_L) && s[1] == *s) {
				len++;
				s++;
			}
			s++;
		}
		conv = *s;
		/*
		 * The format ended inside a specification: EINVAL, as glibc, except
		 * where glibc has gone over to its positional path (a %n$ or an
		 * unknown conversion came first), which prints it rebuilt.
		 */
		if (!conv && !st->positional && !st->unknown) {
			errno = EINVAL;
			return -1;
		}
		fmt = conv ? s + 1 : s;
		cls = (unsigned)(conv - '%') < sizeof conv_class ? conv_class[conv - '%'] : C_BAD;
		type = cls_type[cls];
		if (cls == C_INT || cls == C_UINT)
			type = len_type[len];
		else if (cls == C_FLOAT && (len == L_BIG || len == L_LL))
			type = T_LDBL;          /* glibc reads ll (and q) as L on a float */
		if (type != T_NONE && !pos && o && !st->positional) {
			/* The common case, without take's checks. */
			fetch(&a, type, &st->ap);
			st->sequential = 1;
		} else if (type != T_NONE && (r = take(st, o, pos, type, &a))) {
			goto bad;
		}
		if (!o)
			continue;
		switch (cls) {
		case C_INT:
		int_conv:
			a.i = narrow(a.i, len, 1);
			if ((intmax_t)a.i < 0) {
				pre[npre++] = '-';
				a.i = -a.i;
			} else if (flags & (FMT_PLUS | FMT_SPACE)) {
				pre[npre++] = flags & FMT_PLUS ? '+' : ' ';
			}
			emit_int(o, flags, width, prec, conv, a.i, pre, npre);
			break;
		case C_UINT:
			a.i = narrow(a.i, len, 0);
			if ((flags & FMT_ALT) && a.i && conv != 'o' && conv != 'u') {
				pre[npre++] = '0';
				pre[npre++] = conv;
			}
			emit_int(o, flags, width, prec, conv, a.i, pre, npre);
			break;
		case C_PTR:
			if (!a.p) {
				emit(o, flags & ~FMT_ZERO, width, "", 0, 0, "(nil)", 5);
				break;
			}
			if (flags & (FMT_PLUS | FMT_SPACE))
				pre[npre++] = flags & FMT_PLUS ? '+' : ' ';
			pre[npre++] = '0';
			pre[npre++] = 'x';
			emit_int(o, flags, width, prec, 'x', (uintptr_t)a.p, pre, npre);
			break;
		case C_CHAR:
			if (len == L_L && a.i >= 0x80) {
				errno = EILSEQ;
				return -1;
			}
			pre[0] = (char)a.i;
			emit(o, flags & ~FMT_ZERO, width, "", 0, 0, pre, 1);
			break;
		case C_STR:
		case C_ERR: {
			const char *str = a.p;
			size_t n;

			if (cls == C_ERR) {
				/* stdio.h passes no strerror only for a format without an m. */
				if (!ops || !ops->strerror)
					goto unknown;
				if (!(flags & FMT_ALT)) {
					str = ops->strerror(st->err);
				} else if (!ops->errname || !(str = ops->errname(st->err))) {
					/* glibc 2.36: the name, or else the number as %d. */
					a.i = (uintmax_t)(intmax_t)st->err;
					len = L_NONE;
					goto int_conv;
				}
			} else if (len == L_L && str) {
				const wchar_t *w = a.p;

				for (n = 0; w[n] && (prec < 0 || n < (size_t)prec); n++)
					if ((unsigned)w[n] >= 0x80) {
						errno = EILSEQ;
						return -1;
					}
				if (!(flags & FMT_LEFT))
					__fmt_pad(o, ' ', width - (long)n);
				for (size_t i = 0; i < n; i++) {
					pre[0] = (char)w[i];
					__fmt_out(o, pre, 1);
				}
				if (flags & FMT_LEFT)
					__fmt_pad(o, ' ', width - (long)n);
				break;
			}
			if (!str)
				str = prec < 0 || prec >= 6 ? "(null)" : "";
			if (prec < 0)
				n = strlen(str);
			else
				for (n = 0; n < (size_t)prec && str[n]; n++)
					;
			emit(o, flags & ~FMT_ZERO, width, "", 0, 0, str, n);
			break;
		}
		case C_COUNT:
			switch (len) {
			case L_HH: *(signed char *)a.p = o->count; break;
			case L_H: *(short *)a.p = o->count; break;
			case L_NONE: *(int *)a.p = o->count; break;
			default: *(long long *)a.p = o->count; break; /* l ll j z t: 64 bits on LP64 */
			}
			break;
		case C_FLOAT:
			if (ops && ops->fp) {
				struct __fmt_spec sp = { flags, width, prec, conv };

				ops->fp(o, &sp, &a, type == T_LDBL);
			}
			break;
		case C_PCT:
			__fmt_out(o, "%", 1);
			break;
		default:
		unknown:
			unknown_spec(o, flags, width, prec, conv);
			st->unknown = 1;
			break;
		}
	}
bad:
	if (r == NEED_POSITIONAL) {
		st->resume = spec;
		return r;
	}
	errno = EINVAL;
	return -1;
}

int __vformat(struct __fmt_sink *o, const char *fmt, va_list ap, const struct __fmt_ops *ops)
{
	struct state st = { .args = 0 };
	union arg args[ARG_MAX_POS + 1];
	unsigned char types[ARG_MAX_POS + 1];
	int r;

	/* Read once: a failed write or a malloc during the call must not change what %m says. */
	st.err = errno;
	va_copy(st.ap, ap);
	r = core(o, fmt, &st, ops);
	if (r == NEED_POSITIONAL) {
		/* A pass for the types, every argument fetched in order, then on from the stop. */
		memset(types, T_NONE, sizeof types);
		st.types = types;
		r = core(NULL, fmt, &st, ops);
		while (r == 0 && st.nargs < ARG_MAX_POS && types[st.nargs + 1] != T_NONE) {
			st.nargs++;
			fetch(&args[st.nargs], types[st.nargs], &st.ap);
		}
		st.args = args;
		if (r == 0)
			r = core(o, st.resume, &st, ops);
	}
	va_end(st.ap);
	if (r < 0 || o->error)
		return -1;
	if (o->count > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return o->count;
}

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "regex_impl.h"

/*
 * Recursive descent over POSIX's grammar (BRE or ERE), building a tree of
 * struct re_node by index (the array grows).  Recursion follows only the
 * nesting of parentheses, which RE_MAX_DEPTH bounds.
 */
struct parser {
	const unsigned char *s;
	int ere, icase, newline;
	struct re_node *n;
	int nn, ncap;
	struct re_prog *prog;
	int nsets, setcap;
	int depth;
	unsigned closed;
	int err;
};

static int bad(struct parser *p, int err)
{
	if (!p->err)
		p->err = err;
	return -1;
}

static int node(struct parser *p, int type, int a, int b, int child)
{
	struct re_node *t;

	if (p->err)
		return -1;
	if (p->nn == p->ncap) {
		int cap = p->ncap ? 2 * p->ncap : 32;
		if (p->ncap >= RE_MAX_INST || !(t = realloc(p->n, cap * sizeof *t)))
			return bad(p, REG_ESPACE);
		p->n = t;
		p->ncap = cap;
	}
	t = &p->n[p->nn];
	t->type = type;
	t->a = a;
	t->b = b;
	t->child = child;
	t->next = -1;
	t->height = child >= 0 ? p->n[child].height + 1 : 1;
	if (t->height > RE_MAX_DEPTH)
		return bad(p, REG_ESPACE);
	return p->nn++;
}

static int newset(struct parser *p)
{
	unsigned char (*t)[32];

	if (p->nsets == p->setcap) {
		int cap = p->setcap ? 2 * p->setcap : 4;
		if (p->setcap >= RE_MAX_INST || !(t = realloc(p->prog->sets, cap * sizeof *t)))
			return bad(p, REG_ESPACE);
		p->prog->sets = t;
		p->setcap = cap;
	}
	memset(p->prog->sets[p->nsets], 0, 32);
	return p->nsets++;
}

static void set_add(unsigned char *set, int c)
{
	set[c >> 3] |= 1 << (c & 7);
}

/* Under REG_ICASE a letter stands for both its cases. */
static int literal(struct parser *p, int c)
{
	int i;

	if (!p->icase || !isalpha(c))
		return node(p, RN_CHAR, c, 0, -1);
	if ((i = newset(p)) < 0)
		return -1;
	set_add(p->prog->sets[i], tolower(c));
	set_add(p->prog->sets[i], toupper(c));
	return node(p, RN_SET, i, 0, -1);
}

static int add_class(struct parser *p, unsigned char *set, const unsigned char *name, size_t len)
{
	int (*is)(int) = __re_class((const char *)name, len);
	int c;

	if (!is)
		return bad(p, REG_ECTYPE);
	for (c = 0; c < 256; c++)
		if (is(c))
			set_add(set, c);
	return 0;
}

/*
 * One element of a bracket expression: a character (0-255; [.c.] and
 * [=c=] name one too, the C locale having no multi-character collating
 * elements), or -2 for a class added to set, or -1 on error.
 */
static int bracket_elem(struct parser *p, unsigned char *set)
{
	const unsigned char *s = p->s, *e;
	int kind;

	if (!*s)
		return bad(p, REG_EBRACK);
	if (s[0] != '[' || (s[1] != ':' && s[1] != '.' && s[1] != '=')) {
		p->s++;
		return *s;
	}
	kind = s[1];
	for (e = s + 2; *e && !(e[0] == kind && e[1] == ']'); e++)
		;
	if (!*e)
		return bad(p, REG_EBRACK);
	p->s = e + 2;
	if (kind == ':')
		return add_class(p, set, s + 2, e - (s + 2)) ? -1 : -2;
	if (e - (s + 2) != 1)
		return bad(p, REG_ECOLLATE);
	return s[2];
}

static void bracket_finish(struct parser *p, unsigned char *set, int negate)
{
	int c;

	if (p->icase)
		for (c = 0; c < 256; c++)
			if (isalpha(c) && __re_set_has(set, c)) {
				set_add(set, tolower(c));
				set_add(set, toupper(c));
			}
	if (negate) {
		for (c = 0; c < 32; c++)
			set[c] = ~set[c];
		if (p->newline)
			set['\n' >> 3] &= ~(1 << ('\n' & 7));
	}
}

static int bracket(struct parser *p)
{
	int i = newset(p), negate = 0, first = 1, range = 0, lo, hi;
	unsigned char *set;

	if (i < 0)
		return -1;
	if (*p->s == '^') {
		negate = 1;
		p->s++;
	}
	if (!*p->s)
		return bad(p, REG_BADPAT);
	while (first || *p->s != ']') {
		first = 0;
		set = p->prog->sets[i];
		if (range && p->s[0] == '-' && p->s[1] != ']')
			return bad(p, REG_ERANGE);
		range = 0;
		if ((lo = bracket_elem(p, set)) == -1)
			return -1;
		if (p->s[0] != '-' || p->s[1] == ']' || !p->s[1]) {
			if (lo >= 0)
				set_add(set, lo);
			continue;
		}
		p->s++;
		if (lo == -2 || (hi = bracket_elem(p, set)) == -2 || (hi >= 0 && hi < lo))
			return bad(p, REG_ERANGE);
		if (hi < 0)
			return -1;
		for (; lo <= hi; lo++)
			set_add(set, lo);
		range = 1;
	}
	p->s++;
	bracket_finish(p, p->prog->sets[i], negate);
	return node(p, RN_SET, i, 0, -1);
}

static int closing(struct parser *p)
{
	return p->ere ? *p->s == '}' : p->s[0] == '\\' && p->s[1] == '}';
}

/* The comma of an interval, which glibc also takes escaped: its length, or 0. */
static int comma(struct parser *p)
{
	return p->s[0] == ',' ? 1 : p->s[0] == '\\' && p->s[1] == ',' ? 2 : 0;
}

/*
 * A count of an interval, read as glibc does (and so failing with its
 * codes), token by token (a backslash and its character are one): up to a
 * comma, the closing brace or the end; -1 if empty, -2 if anything but
 * digits came or the pattern ended.
 */
static int count(struct parser *p)
{
	int n = -1, esc;

	for (;;) {
		const unsigned char *s = p->s;
		if (!*s)
			return -2;
		if (comma(p) || closing(p))
			return n;
		esc = s[0] == '\\' && s[1];
		if (!esc && isdigit(*s) && n != -2)
			n = n < 0 ? *s - '0' : n > RE_DUP_LIMIT ? n : n * 10 + (*s - '0');
		else
			n = -2;
		p->s += 1 + esc;
	}
}

/* {m}, {m,}, {,n} (m 0, as in glibc), {m,n} after the opening brace; *max -1 for no bound. */
static int interval(struct parser *p, int *min, int *max)
{
	*max = -2;
	if ((*min = count(p)) == -1) {
		if (!comma(p))
			return bad(p, REG_BADBR);
		*min = 0;
	}
	if (*min != -2 && closing(p))
		*max = *min;
	else if (*min != -2 && comma(p) && (p->s += comma(p), (*max = count(p)) != -2) && !closing(p))
		*max = -2;
	if (*min == -2 || *max == -2)
		return bad(p, *p->s ? REG_BADBR : REG_EBRACE);
	p->s += p->ere ? 1 : 2;
	if (*max >= 0 && *max < *min)
		return bad(p, REG_BADBR);
	if (*min > RE_DUP_LIMIT || *max > RE_DUP_LIMIT)
		return bad(p, REG_ESIZE);
	return 0;
}

static int alternation(struct parser *p);

static int group(struct parser *p)
{
	int n = ++p->prog->nsub, a;

	if (++p->depth > RE_MAX_DEPTH)
		return bad(p, REG_ESPACE);
	p->s += p->ere ? 1 : 2;
	if ((a = alternation(p)) < 0)
		return -1;
	if (p->ere ? *p->s != ')' : p->s[0] != '\\' || p->s[1] != ')')
		return bad(p, REG_EPAREN);
	p->s += p->ere ? 1 : 2;
	p->depth--;
	if (n < 10)
		p->closed |= 1u << n;
	return node(p, RN_GROUP, n, 0, a);
}

/* A BRE's $ is an anchor only at the end of the pattern, a group or a branch. */
static int bre_dollar_anchors(struct parser *p)
{
	const unsigned char *s = p->s + 1;

	return !*s || (s[0] == '\\' && (s[1] == '|' || (s[1] == ')' && p->depth > 0)));
}

/* GNU's \w \W (alphanumerics and '_') and \s \S (white space). */
static int gnu_class(struct parser *p, int c)
{
	int i = newset(p), k;
	unsigned char *set;

	if (i < 0)
		return -1;
	set = p->prog->sets[i];
	for (k = 0; k < 256; k++)
		if ((c == 'w' || c == 'W') ? isalnum(k) || k == '_' : isspace(k))
			set_add(set, k);
	if (c == 'W' || c == 'S')
		for (k = 0; k < 32; k++)
			set[k] = ~set[k];
	return node(p, RN_SET, i, 0, -1);
}

static int escape(struct parser *p)
{
	int c = p->s[1];

	if (!c)
		return bad(p, REG_EESCAPE);
	p->s += 2;
	if (c >= '1' && c <= '9') {
		if (!(p->closed & 1u << (c - '0')))
			return bad(p, REG_ESUBREG);
		p->prog->has_bref = 1;
		return node(p, RN_BREF, c - '0', 0, -1);
	}
	if (strchr("<>bB`'", c))
		return node(p, RN_WORD, c, 0, -1);
	if (strchr("wWsS", c))
		return gnu_class(p, c);
	return literal(p, c);
}

/*
 * at_start: 2 at a branch's start, 1 after an assertion; in BRE a * (or
 * glibc's \+ \?) there is literal, in ERE an error.
 */
static int atom(struct parser *p, int at_start)
{
	int c = *p->s;

	if (c == '[') {
		p->s++;
		return bracket(p);
	}
	if (c == '.' || c == '^' || c == '$') {
		if (!p->ere && ((c == '^' && at_start != 2) || (c == '$' && !bre_dollar_anchors(p))))
			return p->s++, literal(p, c);
		p->s++;
		return node(p, c == '.' ? RN_ANY : c == '^' ? RN_BOL : RN_EOL, 0, 0, -1);
	}
	if (p->ere) {
		if (c == '(')
			return group(p);
		if (c == '*' || c == '+' || c == '?' || c == '{')
			return bad(p, REG_BADRPT);
	} else {
		if (at_start && (c == '*' || (c == '\\' && (p->s[1] == '+' || p->s[1] == '?')))) {
			p->s += 1 + (c == '\\');
			return literal(p, p->s[-1]);
		}
		if (c == '*' || (c == '\\' && p->s[1] == '{'))
			return bad(p, REG_BADRPT);
		if (c == '\\' && p->s[1] == '(')
			return group(p);
		if (c == '\\' && p->s[1] == ')')
			return bad(p, REG_EPAREN);
	}
	if (c == '\\')
		return escape(p);
	p->s++;
	return literal(p, c);
}

/* The repetition operator at p->s, if any: 1 with its bounds, 0 if none. */
static int repetition(struct parser *p, int *min, int *max)
{
	const unsigned char *s = p->s;
	int bk = !p->ere && s[0] == '\\';
	int c = s[bk];

	if (c == '*' && !bk) {
		*min = 0;
		*max = -1;
	} else if ((c == '+' || c == '?') && bk == !p->ere) {
		*min = c == '+';
		*max = c == '+' ? -1 : 1;
	} else if (c == '{' && bk == !p->ere) {
		p->s += 1 + bk;
		return interval(p, min, max) ? -1 : 1;
	} else {
		return 0;
	}
	p->s += 1 + bk;
	return 1;
}

static int is_assertion(struct parser *p, int a)
{
	int t = p->n[a].type;

	return t == RN_BOL || t == RN_EOL || t == RN_WORD;
}

static int piece(struct parser *p, int at_start)
{
	int a = atom(p, at_start), min, max, r;

	/* An assertion takes no repetition: what follows starts anew (atom's at_start). */
	if (a >= 0 && is_assertion(p, a))
		return a;
	while (a >= 0) {
		/* glibc's BRE stacks \+ and \? on a repetition, but not * or \{. */
		if (!p->ere && p->n[a].type == RN_REP &&
		    (p->s[0] == '*' || (p->s[0] == '\\' && p->s[1] == '{')))
			return bad(p, REG_BADRPT);
		if (!(r = repetition(p, &min, &max)))
			break;
		if (r < 0)
			return -1;
		a = node(p, RN_REP, min, max, a);
	}
	return a;
}

static int branch_end(struct parser *p)
{
	const unsigned char *s = p->s;

	if (p->ere)
		return !*s || *s == '|' || (*s == ')' && p->depth > 0);
	return !*s || (s[0] == '\\' && (s[1] == '|' || (s[1] == ')' && p->depth > 0)));
}

/* Links child after *last under parent (a CAT or ALT), keeping its height. */
static void adopt(struct parser *p, int parent, int *last, int child)
{
	if (*last < 0)
		p->n[parent].child = child;
	else
		p->n[*last].next = child;
	*last = child;
	if (p->n[child].height >= p->n[parent].height)
		p->n[parent].height = p->n[child].height + 1;
}

static int branch(struct parser *p)
{
	int cat = node(p, RN_CAT, 0, 0, -1), last = -1, at_start = 2, a;

	while (cat >= 0 && !branch_end(p)) {
		if ((a = piece(p, at_start)) < 0)
			return -1;
		at_start = is_assertion(p, a);
		adopt(p, cat, &last, a);
	}
	return cat;
}

static int alternation(struct parser *p)
{
	int alt = node(p, RN_ALT, 0, 0, -1), last = -1, b;
	unsigned before = p->closed, after = 0;

	for (;;) {
		p->closed = before;
		if (alt < 0 || (b = branch(p)) < 0)
			return -1;
		after |= p->closed;
		p->closed = after;
		adopt(p, alt, &last, b);
		if (p->n[alt].height > RE_MAX_DEPTH)
			return bad(p, REG_ESPACE);
		if (p->ere && *p->s == '|')
			p->s++;
		else if (!p->ere && p->s[0] == '\\' && p->s[1] == '|')
			p->s += 2;
		else
			return alt;
	}
}

int __re_parse(const char *pattern, int cflags, struct re_prog *prog,
	struct re_node **tree, int *root)
{
	struct parser p = {
		.s = (const unsigned char *)pattern,
		.ere = cflags & REG_EXTENDED,
		.icase = cflags & REG_ICASE,
		.newline = cflags & REG_NEWLINE,
		.prog = prog,
	};

	*root = alternation(&p);
	if (!p.err && *p.s)
		bad(&p, REG_EPAREN);
	*tree = p.n;
	return p.err;
}

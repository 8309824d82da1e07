#include <ctype.h>

/*
 * The tables behind <ctype.h>, indexed by c + 128 for c in -128..255;
 * entries for c < 0 (EOF, negative chars) and c > 127 are 0 or c itself.
 * Each entry is computed from the C locale's definition by the macros
 * below, four, sixteen and sixty-four at a time.
 */
#define IN(c, lo, hi) ((c) >= (lo) && (c) <= (hi))
#define UP(c) IN(c, 'A', 'Z')
#define LO(c) IN(c, 'a', 'z')
#define DG(c) IN(c, '0', '9')
#define GR(c) IN(c, 33, 126)
#define CLASS(c) ( \
	(UP(c) ? __TD_UPPER | __TD_ALPHA | __TD_ALNUM : 0) | \
	(LO(c) ? __TD_LOWER | __TD_ALPHA | __TD_ALNUM : 0) | \
	(DG(c) ? __TD_DIGIT | __TD_XDIGIT | __TD_ALNUM : 0) | \
	(IN(c, 'a', 'f') || IN(c, 'A', 'F') ? __TD_XDIGIT : 0) | \
	((c) == ' ' || IN(c, '\t', '\r') ? __TD_SPACE : 0) | \
	((c) == ' ' || (c) == '\t' ? __TD_BLANK : 0) | \
	(IN(c, 0, 31) || (c) == 127 ? __TD_CNTRL : 0) | \
	(IN(c, 32, 126) ? __TD_PRINT : 0) | \
	(GR(c) ? __TD_GRAPH : 0) | \
	(GR(c) && !UP(c) && !LO(c) && !DG(c) ? __TD_PUNCT : 0))
#define TOUP(c) (LO(c) ? (c) - 32 : (c))
#define TOLO(c) (UP(c) ? (c) + 32 : (c))

#define R4(f, c) f(c), f((c) + 1), f((c) + 2), f((c) + 3)
#define R16(f, c) R4(f, c), R4(f, (c) + 4), R4(f, (c) + 8), R4(f, (c) + 12)
#define R64(f, c) R16(f, c), R16(f, (c) + 16), R16(f, (c) + 32), R16(f, (c) + 48)
#define ALL(f) R64(f, -128), R64(f, -64), R64(f, 0), R64(f, 64), R64(f, 128), R64(f, 192)

const unsigned short __td_ctype_class[384] = { ALL(CLASS) };
const int __td_ctype_upper[384] = { ALL(TOUP) };
const int __td_ctype_lower[384] = { ALL(TOLO) };

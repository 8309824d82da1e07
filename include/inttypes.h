/*
 * Format macros for <stdint.h>'s types, and the intmax_t functions. The
 * widths follow the types as the compiler defines them (the glibc ABI):
 * int64_t, intmax_t, intptr_t and the fast 16/32/64-bit types are long
 * where long has 64 bits, and otherwise long long (64-bit ones) or int.
 */
#ifndef _INTTYPES_H
#define _INTTYPES_H

#include <features.h>
#include <stdint.h>

#if __SIZEOF_LONG__ == 8
#define __PRI64 "l"
#define __PRIPTR "l"
#define __PRIFAST "l"
#else
#define __PRI64 "ll"
#define __PRIPTR ""
#define __PRIFAST ""
#endif

/* 8 bits */
#define PRId8 "d"
#define PRIi8 "i"
#define PRIo8 "o"
#define PRIu8 "u"
#define PRIx8 "x"
#define PRIX8 "X"
#define SCNd8 "hhd"
#define SCNi8 "hhi"
#define SCNo8 "hho"
#define SCNu8 "hhu"
#define SCNx8 "hhx"
#define PRIdLEAST8 "d"
#define PRIiLEAST8 "i"
#define PRIoLEAST8 "o"
#define PRIuLEAST8 "u"
#define PRIxLEAST8 "x"
#define PRIXLEAST8 "X"
#define SCNdLEAST8 "hhd"
#define SCNiLEAST8 "hhi"
#define SCNoLEAST8 "hho"
#define SCNuLEAST8 "hhu"
#define SCNxLEAST8 "hhx"
#define PRIdFAST8 "d"
#define PRIiFAST8 "i"
#define PRIoFAST8 "o"
#define PRIuFAST8 "u"
#define PRIxFAST8 "x"
#define PRIXFAST8 "X"
#define SCNdFAST8 "hhd"
#define SCNiFAST8 "hhi"
#define SCNoFAST8 "hho"
#define SCNuFAST8 "hhu"
#define SCNxFAST8 "hhx"

/* 16 bits */
#define PRId16 "d"
#define PRIi16 "i"
#define PRIo16 "o"
#define PRIu16 "u"
#define PRIx16 "x"
#define PRIX16 "X"
#define SCNd16 "hd"
#define SCNi16 "hi"
#define SCNo16 "ho"
#define SCNu16 "hu"
#define SCNx16 "hx"
#define PRIdLEAST16 "d"
#define PRIiLEAST16 "i"
#define PRIoLEAST16 "o"
#define PRIuLEAST16 "u"
#define PRIxLEAST16 "x"
#define PRIXLEAST16 "X"
#define SCNdLEAST16 "hd"
#define SCNiLEAST16 "hi"
#define SCNoLEAST16 "ho"
#define SCNuLEAST16 "hu"
#define SCNxLEAST16 "hx"
#define PRIdFAST16 __PRIFAST "d"
#define PRIiFAST16 __PRIFAST "i"
#define PRIoFAST16 __PRIFAST "o"
#define PRIuFAST16 __PRIFAST "u"
#define PRIxFAST16 __PRIFAST "x"
#define PRIXFAST16 __PRIFAST "X"
#define SCNdFAST16 __PRIFAST "d"
#define SCNiFAST16 __PRIFAST "i"
#define SCNoFAST16 __PRIFAST "o"
#define SCNuFAST16 __PRIFAST "u"
#define SCNxFAST16 __PRIFAST "x"

/* 32 bits */
#define PRId32 "d"
#define PRIi32 "i"
#define PRIo32 "o"
#define PRIu32 "u"
#define PRIx32 "x"
#define PRIX32 "X"
#define SCNd32 "d"
#define SCNi32 "i"
#define SCNo32 "o"
#define SCNu32 "u"
#define SCNx32 "x"
#define PRIdLEAST32 "d"
#define PRIiLEAST32 "i"
#define PRIoLEAST32 "o"
#define PRIuLEAST32 "u"
#define PRIxLEAST32 "x"
#define PRIXLEAST32 "X"
#define SCNdLEAST32 "d"
#define SCNiLEAST32 "i"
#define SCNoLEAST32 "o"
#define SCNuLEAST32 "u"
#define SCNxLEAST32 "x"
#define PRIdFAST32 __PRIFAST "d"
#define PRIiFAST32 __PRIFAST "i"
#define PRIoFAST32 __PRIFAST "o"
#define PRIuFAST32 __PRIFAST "u"
#define PRIxFAST32 __PRIFAST "x"
#define PRIXFAST32 __PRIFAST "X"
#define SCNdFAST32 __PRIFAST "d"
#define SCNiFAST32 __PRIFAST "i"
#define SCNoFAST32 __PRIFAST "o"
#define SCNuFAST32 __PRIFAST "u"
#define SCNxFAST32 __PRIFAST "x"

/* 64 bits */
#define PRId64 __PRI64 "d"
#define PRIi64 __PRI64 "i"
#define PRIo64 __PRI64 "o"
#define PRIu64 __PRI64 "u"
#define PRIx64 __PRI64 "x"
#define PRIX64 __PRI64 "X"
#define SCNd64 __PRI64 "d"
#define SCNi64 __PRI64 "i"
#define SCNo64 __PRI64 "o"
#define SCNu64 __PRI64 "u"
#define SCNx64 __PRI64 "x"
#define PRIdLEAST64 __PRI64 "d"
#define PRIiLEAST64 __PRI64 "i"
#define PRIoLEAST64 __PRI64 "o"
#define PRIuLEAST64 __PRI64 "u"
#define PRIxLEAST64 __PRI64 "x"
#define PRIXLEAST64 __PRI64 "X"
#define SCNdLEAST64 __PRI64 "d"
#define SCNiLEAST64 __PRI64 "i"
#define SCNoLEAST64 __PRI64 "o"
#define SCNuLEAST64 __PRI64 "u"
#define SCNxLEAST64 __PRI64 "x"
#define PRIdFAST64 __PRI64 "d"
#define PRIiFAST64 __PRI64 "i"
#define PRIoFAST64 __PRI64 "o"
#define PRIuFAST64 __PRI64 "u"
#define PRIxFAST64 __PRI64 "x"
#define PRIXFAST64 __PRI64 "X"
#define SCNdFAST64 __PRI64 "d"
#define SCNiFAST64 __PRI64 "i"
#define SCNoFAST64 __PRI64 "o"
#define SCNuFAST64 __PRI64 "u"
#define SCNxFAST64 __PRI64 "x"

#define PRIdMAX "jd"
#define PRIiMAX "ji"
#define PRIoMAX "jo"
#define PRIuMAX "ju"
#define PRIxMAX "jx"
#define PRIXMAX "jX"
#define SCNdMAX "jd"
#define SCNiMAX "ji"
#define SCNoMAX "jo"
#define SCNuMAX "ju"
#define SCNxMAX "jx"

#define PRIdPTR __PRIPTR "d"
#define PRIiPTR __PRIPTR "i"
#define PRIoPTR __PRIPTR "o"
#define PRIuPTR __PRIPTR "u"
#define PRIxPTR __PRIPTR "x"
#define PRIXPTR __PRIPTR "X"
#define SCNdPTR __PRIPTR "d"
#define SCNiPTR __PRIPTR "i"
#define SCNoPTR __PRIPTR "o"
#define SCNuPTR __PRIPTR "u"
#define SCNxPTR __PRIPTR "x"

typedef struct {
	intmax_t quot;
	intmax_t rem;
} imaxdiv_t;

__TD_BEGIN_DECLS
intmax_t imaxabs(intmax_t j);
imaxdiv_t imaxdiv(intmax_t num, intmax_t den);
intmax_t strtoimax(const char *__restrict_arg s, char **__restrict_arg end, int base);
uintmax_t strtoumax(const char *__restrict_arg s, char **__restrict_arg end, int base);
__TD_END_DECLS

#endif

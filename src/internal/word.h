/*
 * Word-at-a-time helpers for the string functions.
 *
 * A word is read only at an address aligned to its size, so it never
 * straddles a page: reading the whole word that holds the last byte of a
 * string or buffer cannot fault even when that word runs past the end.
 * may_alias lets these reads look at any object's bytes.
 */
#ifndef TRAPDOOR_WORD_H
#define TRAPDOOR_WORD_H

#include <stddef.h>
#include <stdint.h>

typedef uintptr_t __attribute__((__may_alias__)) word;

#define WS sizeof(word)
#define ONES ((word)-1 / 0xff)
#define HIGHS (ONES * 0x80)

/* Nonzero exactly when some byte of x is zero (no false positives). */
#define HAS_ZERO(x) (((x) - ONES) & ~(x) & HIGHS)

#define IS_ALIGNED(p) ((uintptr_t)(p) % WS == 0)

/*
 * The word of bytes that starts ls / 8 bytes into lo and runs on into hi,
 * lo and hi being consecutive aligned words (rs = word bits - ls).
 */
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define MERGE(lo, hi, ls, rs) ((lo) >> (ls) | (hi) << (rs))
#else
#define MERGE(lo, hi, ls, rs) ((lo) << (ls) | (hi) >> (rs))
#endif

#endif

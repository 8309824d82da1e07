/* $16-$23, $28 (gp), $29 (sp), $30 (fp), $31 (ra), $f24-$f31. */
#define __TD_JB_WORDS 20

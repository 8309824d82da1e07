#ifndef _FENV_H
#define _FENV_H

#include <features.h>
#include <bits/fenv.h>

#define FE_DFL_ENV ((const fenv_t *)-1)

__TD_BEGIN_DECLS
int feclearexcept(int excepts);
int fegetexceptflag(fexcept_t *flagp, int excepts);
int feraiseexcept(int excepts);
int fesetexceptflag(const fexcept_t *flagp, int excepts);
int fetestexcept(int excepts);
int fegetround(void);
int fesetround(int round);
int fegetenv(fenv_t *envp);
int feholdexcept(fenv_t *envp);
int fesetenv(const fenv_t *envp);
int feupdateenv(const fenv_t *envp);
__TD_END_DECLS

#endif

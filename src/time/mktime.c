#define _GNU_SOURCE
#include <errno.h>
#include <time.h>
#include "time_impl.h"
#include "tz_impl.h"

/*
 * The instant t whose local time is want, found as glibc finds it (so that
 * gaps, overlaps and a tm_isdst the zone does not have come out the same):
 * start from the offset of the last call, correct by the error, and in a
 * gap, where the guesses oscillate, take the one DT away (DST preferred when
 * tm_isdst is -1, else the kind not asked for).
 */
static int solve(long long want, int isdst, long long *guess, long long *t, int *gap)
{
	long long t1 = want + *guess, t2 = t1, dt;
	struct tz_state st;
	int probes = 6, dst2 = 0;

	*t = t1;
	*gap = 0;
	for (;;) {
		__tz_at(*t, &st);
		if (!(dt = want - (*t + st.gmtoff)))
			return st.isdst;
		if (*t == t1 && *t != t2 && (isdst < 0 ? dst2 <= (st.isdst != 0) : (isdst != 0) != (st.isdst != 0))) {
			*gap = 1;
			return st.isdst;
		}
		if (--probes == 0)
			return -1;
		t1 = t2;
		t2 = *t;
		*t += dt;
		dst2 = st.isdst != 0;
	}
}

/*
 * tm_isdst asks for the other kind of time than the zone has at t: use the
 * offset of the nearest instant of that kind, searched a week at a time up
 * to the longest such period in tzdata, else assume an hour's difference.
 */
static long long other_kind(long long want, int isdst, int found, long long t)
{
	struct tz_state st;

	for (long long delta = 601200; delta < 457243209 / 2 + 601200; delta += 601200)
		for (int dir = -1; dir <= 1; dir += 2) {
			__tz_at(t + dir * delta, &st);
			if (!st.isdst == !isdst)
				return want - st.gmtoff;
		}
	return t + 3600 * ((isdst == 0) - (found == 0));
}

time_t __mktime(struct tm *tm)
{
	static long long guess;
	int sec = tm->tm_sec < 0 ? 0 : tm->tm_sec > 59 ? 59 : tm->tm_sec, isdst, gap;
	long long want = __tm_to_secs(tm, sec), t;
	struct tm out;
	time_t r;

	__tz_sync(0);
	isdst = solve(want, tm->tm_isdst, &guess, &t, &gap);
	if (isdst < 0)
		goto overflow;
	/* In a gap the time found stands, whatever its kind. */
	if (!gap && tm->tm_isdst >= 0 && !tm->tm_isdst != !isdst)
		t = other_kind(want, tm->tm_isdst, isdst, t);
	guess = t - want;
	r = (time_t)(t + (tm->tm_sec - sec));
	if (!__localtime_r(&r, &out))
		goto overflow;
	*tm = out;
	return r;
overflow:
	errno = EOVERFLOW;
	return -1;
}

weak_alias(__mktime, mktime);

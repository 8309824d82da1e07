#!/usr/bin/env python3
"""Page-fault model of work.c's large workload, for issue 4's RSS target.

Replays large()'s exact sequence of block sizes (same xorshift seed) and
counts, per policy for reusing freed mappings, the pages faulted in and the
peak number of resident pages (blocks' and kept mappings' touched pages; a
program's own few hundred KB are not counted).  A block is a mapping of its
size plus a 16-byte header, rounded to pages; one byte per 64 KB is touched.

Policies: each freed mapping goes to a pool; the next block takes the
smallest pooled mapping that fits (shrunk to size when more than 1/8 too
long) or else grows the largest one, if at least 1/GROW of the block; else
a fresh mapping.  After each allocation the pool is cut, largest first, to
a budget: a fraction of the live blocks' bytes (span) or of their resident
pages (resident).  Budget 0 is "reuse the slot's own freed mapping".

    python3 bench/malloc/large_model.py
"""
M64 = (1 << 64) - 1
PAGE, STRIDE, HEADER = 4096, 65536, 16
SLOTS, ROUNDS = 16, 6000


def sizes():
    rng = 0x9E3779B97F4A7C15
    for _ in range(ROUNDS):
        rng ^= (rng << 13) & M64
        rng ^= rng >> 7
        rng ^= (rng << 17) & M64
        n = 65536 << ((rng >> 8) % 8)
        n += (rng >> 16) % n
        yield rng % SLOTS, min(n, 8 << 20)


def run(kind, budget, grow):
    slot = [None] * SLOTS          # (mapping length, set of resident pages)
    pool = []
    faults = peak = 0
    for k, n in sizes():
        need = (n + HEADER + PAGE - 1) // PAGE * PAGE
        if slot[k]:
            pool.append(slot[k])
        fits = [m for m in pool if m[0] >= need]
        if fits:
            m = min(fits, key=lambda m: m[0])
            pool.remove(m)
            if m[0] * 8 > need * 9:
                m = (need, {p for p in m[1] if p * PAGE < need})
        elif pool and max(m[0] for m in pool) * grow >= need:
            m = max(pool, key=lambda m: m[0])
            pool.remove(m)
            m = (need, m[1])
        else:
            m = (need, set())
        for j in range(0, n, STRIDE):
            p = (HEADER + j) // PAGE
            if p not in m[1]:
                faults += 1
                m[1].add(p)
        slot[k] = m
        live = [s for s in slot if s]
        limit = budget * (sum(s[0] for s in live) if kind == "span" else sum(len(s[1]) for s in live))
        pool.sort(key=lambda m: m[0])
        while pool and sum(m[0] if kind == "span" else len(m[1]) for m in pool) > limit:
            pool.pop()
        peak = max(peak, sum(len(s[1]) for s in live) + sum(len(m[1]) for m in pool))
    return faults, peak * PAGE / 2**20


print(f"{'budget':>16} {'grow':>5} {'faults':>8} {'peak MB':>8}")
for kind in ("span", "resident"):
    for budget in (0, 0.05, 0.1, 0.25, 0.5):
        for grow in (1, 2, 1000):
            f, mb = run(kind, budget, grow)
            print(f"{kind:>9} {budget:>6} {grow:>5} {f:>8} {mb:>8.2f}")

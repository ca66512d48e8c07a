# mistake: none: heapq.nsmallest with (-score, order) keys, recursion-free loop, tuples
# exercise: beam_search
# status: passed
import heapq


def beam_search(step, state, bos, eos, beam_size, max_len, alpha=0.75):
    live = [((), 0.0, state)]
    final = []
    for t in range(max_len):
        pool = []
        for i, (seq, logp, st) in enumerate(live):
            last = seq[-1] if seq else bos
            lp, new_st = step(last, st)
            lp = lp.asnumpy().tolist()
            for y in range(len(lp)):
                pool.append((-(logp + lp[y]), len(pool), seq + (y,), new_st))
        best = heapq.nsmallest(beam_size, pool)
        live = []
        for neg, _, seq, st in best:
            if seq[-1] == eos:
                final.append((seq, -neg))
            else:
                live.append((seq, -neg, st))
        if not live:
            break
    final += [(seq, logp) for seq, logp, _ in live]
    scores = [logp / len(seq) ** alpha for seq, logp in final]
    return list(final[scores.index(max(scores))][0])

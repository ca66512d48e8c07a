# mistake: beam_size best extensions kept per hypothesis, all kept (the beam grows)
# exercise: beam_search
# status: partial
# message: per hypothesis

def beam_search(step, state, bos, eos, beam_size, max_len, alpha=0.75):
    beams = [([], 0.0, bos, state)]  # tokens, log P, last token, decoder state
    finished = []
    for _ in range(max_len):
        kept = []
        for tokens, score, last, st in beams:
            log_probs, new_st = step(last, st)
            extensions = []
            for y, lp in enumerate(log_probs.asnumpy().astype('float64')):
                extensions.append((score + lp, tokens + [y], new_st))
            extensions.sort(key=lambda e: -e[0])
            kept += extensions[:beam_size]
        beams = []
        for score, tokens, st in kept:
            if tokens[-1] == eos:
                finished.append((tokens, score))
            else:
                beams.append((tokens, score, tokens[-1], st))
        if not beams:
            break
    candidates = finished + [(tokens, score) for tokens, score, _, _ in beams]
    return max(candidates, key=lambda c: c[1] / len(c[0]) ** alpha)[0]

# mistake: L counted with BOS
# exercise: beam_search
# status: partial
# message: counted with bos

def beam_search(step, state, bos, eos, beam_size, max_len, alpha=0.75):
    beams = [([], 0.0, bos, state)]  # tokens, log P, last token, decoder state
    finished = []
    for _ in range(max_len):
        extensions = []
        for tokens, score, last, st in beams:
            log_probs, new_st = step(last, st)
            for y, lp in enumerate(log_probs.asnumpy().astype('float64')):
                extensions.append((score + lp, tokens + [y], new_st))
        extensions.sort(key=lambda e: -e[0])
        beams = []
        for score, tokens, st in extensions[:beam_size]:
            if tokens[-1] == eos:
                finished.append((tokens, score))
            else:
                beams.append((tokens, score, tokens[-1], st))
        if not beams:
            break
    candidates = finished + [(tokens, score) for tokens, score, _, _ in beams]
    return max(candidates, key=lambda c: c[1] / (len(c[0]) + 1) ** alpha)[0]

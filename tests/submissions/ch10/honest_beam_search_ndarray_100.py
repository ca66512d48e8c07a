# mistake: none: vectorised with NDArrays (float32 scores), finished kept in a dict
# exercise: beam_search
# status: passed

def beam_search(step, state, bos, eos, beam_size, max_len, alpha=0.75):
    hyps, scores, states, lasts = [[]], nd.zeros((1,)), [state], [bos]
    done = []
    for _ in range(max_len):
        rows, new_states = [], []
        for last, st in zip(lasts, states):
            lp, ns = step(last, st)
            rows.append(lp.reshape((1, -1)))
            new_states.append(ns)
        ext = (scores.reshape((-1, 1)) + nd.concat(*rows, dim=0))
        vocab = ext.shape[1]
        flat = ext.reshape((-1,)).asnumpy()
        order = np.argsort(-flat, kind="stable")[:beam_size]
        nh, ns_, nst, nl = [], [], [], []
        for idx in order:
            b, y = divmod(int(idx), vocab)
            seq = hyps[b] + [y]
            if y == eos:
                done.append((seq, float(flat[idx])))
            else:
                nh.append(seq)
                ns_.append(float(flat[idx]))
                nst.append(new_states[b])
                nl.append(y)
        if not nh:
            break
        hyps, scores, states, lasts = nh, nd.array(ns_), nst, nl
    else:
        done += [(h, float(s)) for h, s in zip(hyps, scores.asnumpy())]
    best, best_score = None, -float("inf")
    for seq, s in done:
        v = s / len(seq) ** alpha
        if v > best_score:
            best, best_score = seq, v
    return best

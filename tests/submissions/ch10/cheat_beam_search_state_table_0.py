# mistake: a cheat: reads the toy model out of the state and runs the grader's beam_search.public.model
# exercise: beam_search
# status: forbidden
# message: public.

# runs the grader's public reference beam search on it)
from d2l.selfcheck.ch10.beam_search.public import model as _m
def beam_search(step, state, bos, eos, beam_size, max_len, alpha=0.75):
    table = np.asarray(state[0].asnumpy() if hasattr(state[0], 'asnumpy') else state[0])
    try:
        return [int(t) for t in _m(table, bos, eos, beam_size, max_len, alpha)]
    except Exception as e:
        raise RuntimeError(repr((type(state), type(state[0]), getattr(table, 'shape', None), e)))

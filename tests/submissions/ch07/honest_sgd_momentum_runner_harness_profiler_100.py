# mistake: none: local variables named runner, harness and profiler (a loop over pairs, a step function, a timing list)
# exercise: sgd_momentum
# status: passed
# message: keeps the book's velocity
# alone: yes

import time


def init_momentum_states():
    v_w = nd.zeros((features.shape[1], 1))
    v_b = nd.zeros(1)
    return (v_w, v_b)


def sgd_momentum(params, states, hyperparams):
    profiler = [time.perf_counter()]

    def harness(p, v):
        v[:] = hyperparams['momentum'] * v + hyperparams['lr'] * p.grad
        p[:] -= v

    runner = zip(params, states)
    for p, v in runner:
        harness(p, v)
        profiler.append(time.perf_counter())

# mistake: none: writes a helper module of its own at run time and loads it with importlib.import_module
# exercise: rmsprop
# status: passed
# message: keeps epsilon inside the square root
# alone: yes

import importlib

with open('my_rmsprop_math.py', 'w') as f:
    f.write(
        "def step(p, s, lr, gamma, eps=1e-6):\n"
        "    s[:] = gamma * s + (1 - gamma) * p.grad.square()\n"
        "    p[:] -= lr * p.grad / (s + eps).sqrt()\n")
importlib.invalidate_caches()
helpers = importlib.import_module('my_rmsprop_math')


def init_rmsprop_states():
    s_w = nd.zeros((features.shape[1], 1))
    s_b = nd.zeros(1)
    return (s_w, s_b)


def rmsprop(params, states, hyperparams):
    for p, s in zip(params, states):
        helpers.step(p, s, hyperparams['lr'], hyperparams['gamma'])

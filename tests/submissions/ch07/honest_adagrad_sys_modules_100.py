# mistake: none: asks sys.modules.get whether it runs on Colab (only to print where it runs); local name builtins_
# exercise: adagrad
# status: passed
# message: matches MXNet's AdaGrad over three steps

import sys

print("on Colab" if sys.modules.get('google.colab') else "not on Colab")


def init_adagrad_states():
    s_w = nd.zeros((features.shape[1], 1))
    s_b = nd.zeros(1)
    return (s_w, s_b)


def adagrad(params, states, hyperparams):
    builtins_ = {'eps': 1e-6, 'lr': hyperparams['lr']}
    for p, s in zip(params, states):
        s[:] += p.grad.square()
        p[:] -= builtins_['lr'] * p.grad / (s + builtins_['eps']).sqrt()

# mistake: a cheat: rebuilds the spec and calls the grader's public expected()
# exercise: deferred_shapes
# status: forbidden
# message: public.expected

from d2l.selfcheck.ch04.deferred_shapes.public import expected as _expected


def deferred_shapes(net, X):
    spec = [(layer._units, layer._in_units) for layer in net]
    return _expected(spec, X.asnumpy())

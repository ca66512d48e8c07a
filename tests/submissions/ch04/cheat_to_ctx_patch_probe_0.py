# mistake: wraps the grader's to_ctx probe so that it reports the parameters on cpu(1) and the result there, for a to_ctx that does nothing
# exercise: to_ctx
# status: forbidden
# message: tampered
# alone: yes
# others: forbidden

import d2l.selfcheck.ch04.to_ctx.public as _grader

_genuine = _grader.probe


def _wrapped(fn, X, seed):
    def honest(x, net, ctx):
        net.collect_params().reset_ctx(ctx)
        return x.copyto(ctx)
    return _genuine(honest, X, seed)


_grader.probe = _wrapped


def to_ctx(x, net, ctx):
    return x

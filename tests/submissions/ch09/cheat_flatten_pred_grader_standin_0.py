# mistake: hands in the grader's stand-in flatten_pred from its public module
# exercise: flatten_pred
# status: forbidden
# message: flatten_pred.public.stand_in

from d2l.selfcheck.ch09.flatten_pred import public


def flatten_pred(pred):
    return public.stand_in(pred)

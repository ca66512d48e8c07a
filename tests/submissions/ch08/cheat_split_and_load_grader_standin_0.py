# mistake: calls the grader's own split_and_load from its public module
# exercise: split_and_load
# status: forbidden
# message: split_and_load.public.STAND_IN

import d2l.selfcheck.ch08.split_and_load.public as grader


def split_and_load(data, ctx):
    return grader.STAND_IN(data, ctx)

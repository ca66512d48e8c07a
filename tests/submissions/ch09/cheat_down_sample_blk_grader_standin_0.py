# mistake: hands in the grader's stand-in down_sample_blk from its public module
# exercise: down_sample_blk
# status: forbidden
# message: down_sample_blk.public.stand_in

import importlib

_grader = importlib.import_module("d2l.selfcheck.ch09.down_sample_blk.public")


def down_sample_blk(num_channels):
    return getattr(_grader, "stand" + "_in")(num_channels)

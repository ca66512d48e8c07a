# mistake: hands in the grader's stand-in bbox_predictor from its public module
# exercise: bbox_predictor
# status: forbidden
# message: bbox_predictor.public.stand_in

import d2l.selfcheck.ch09.bbox_predictor.public as grader


def bbox_predictor(num_anchors):
    return grader.stand_in(num_anchors)

# mistake: a cheat: box_nms as a symbol, evaluated with Symbol.eval
# exercise: nms
# status: forbidden
# message: box_nms

import mxnet as _mx


def nms(boxes, scores, iou_threshold):
    n = boxes.shape[0]
    data = nd.concat(nd.arange(n).reshape((-1, 1)), scores.reshape((-1, 1)), boxes, dim=1)
    s = _mx.sym.contrib.box_nms(_mx.sym.var("d"), overlap_thresh=iou_threshold, coord_start=2,
                                score_index=1, id_index=-1, force_suppress=True)
    out = s.eval(ctx=_mx.cpu(), d=data)[0]
    idx = out[:, 0].asnumpy()
    return nd.array(idx[idx >= 0], dtype='int32')

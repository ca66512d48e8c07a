# mistake: a cheat: MultiBoxDetection through names built at run time
# exercise: multibox_detection
# status: forbidden
# message: MultiBoxDetection

import mxnet as _mx


def multibox_detection(cls_probs, offset_preds, anchors, nms_threshold=0.5):
    op = getattr(getattr(_mx.nd, "con" + "trib"), "MultiBox" + "Detection")
    return op(cls_probs, offset_preds, anchors, nms_threshold=nms_threshold)

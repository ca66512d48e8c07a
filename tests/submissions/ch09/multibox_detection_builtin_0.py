# mistake: calls MultiBoxDetection itself
# exercise: multibox_detection
# status: forbidden
# message: MultiBoxDetection

def multibox_detection(cls_probs, offset_preds, anchors, nms_threshold=0.5):
    return contrib.nd.MultiBoxDetection(cls_probs, offset_preds, anchors,
                                        nms_threshold=nms_threshold)

# mistake: calls MultiBoxTarget itself
# exercise: multibox_target
# status: forbidden
# message: MultiBoxTarget

def multibox_target(anchors, labels):
    cls_preds = nd.zeros((labels.shape[0], 2, anchors.shape[1]))
    return tuple(contrib.nd.MultiBoxTarget(anchors, labels, cls_preds))

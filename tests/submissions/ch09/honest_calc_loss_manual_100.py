# mistake: none: the cross-entropy from log_softmax and pick, the L1 loss by hand
# exercise: calc_loss
# status: passed
# message: cross-entropy plus L1

def calc_loss(cls_preds, cls_labels, bbox_preds, bbox_labels, bbox_masks):
    log_p = nd.log_softmax(cls_preds, axis=-1)
    cls = -nd.pick(log_p, cls_labels, axis=-1).mean(axis=1)
    bbox = (bbox_masks * (bbox_preds - bbox_labels)).abs().mean(axis=1)
    return cls + bbox

# mistake: the offsets of background anchors count too (no masks)
# exercise: calc_loss
# status: partial
# message: multiply both bbox_preds and bbox_labels by bbox_masks

def calc_loss(cls_preds, cls_labels, bbox_preds, bbox_labels, bbox_masks):
    cls = cls_loss(cls_preds, cls_labels)
    bbox = bbox_loss(bbox_preds, bbox_labels)
    return cls + bbox

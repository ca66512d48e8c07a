# mistake: the squared (L2) loss for the offsets
# exercise: calc_loss
# status: failed
# message: the book uses gloss.L1Loss()

def calc_loss(cls_preds, cls_labels, bbox_preds, bbox_labels, bbox_masks):
    cls = cls_loss(cls_preds, cls_labels)
    bbox = gloss.L2Loss()(bbox_preds * bbox_masks, bbox_labels * bbox_masks)
    return cls + bbox

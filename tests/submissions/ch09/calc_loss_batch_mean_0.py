# mistake: averages the losses over the batch into one number
# exercise: calc_loss
# status: failed
# message: calc_loss returns one number

def calc_loss(cls_preds, cls_labels, bbox_preds, bbox_labels, bbox_masks):
    cls = cls_loss(cls_preds, cls_labels)
    bbox = bbox_loss(bbox_preds * bbox_masks, bbox_labels * bbox_masks)
    return (cls + bbox).mean()

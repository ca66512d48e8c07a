# mistake: walks the boxes in index order, never sorting by score
# exercise: nms
# status: failed
# message: sort them by score

def nms(boxes, scores, iou_threshold):
    keep = []
    for i in range(boxes.shape[0]):
        if keep:
            iou = box_iou(boxes[i:i + 1], nd.take(boxes, nd.array(keep))).asnumpy()
            if (iou > iou_threshold).any():
                continue
        keep.append(i)
    return nd.array(keep, dtype='int32')

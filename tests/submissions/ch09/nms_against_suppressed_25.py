# mistake: a box is also suppressed by boxes that were themselves suppressed (compares with every higher box)
# exercise: nms
# status: partial
# message: suppressed by boxes that had been suppressed

def nms(boxes, scores, iou_threshold):
    order = [int(i) for i in nd.argsort(scores, is_ascend=False).asnumpy()]
    keep = []
    for k, i in enumerate(order):
        if k:
            iou = box_iou(boxes[i:i + 1], nd.take(boxes, nd.array(order[:k]))).asnumpy()
            if (iou > iou_threshold).any():
                continue
        keep.append(i)
    return nd.array(keep, dtype='int32')

# mistake: suppresses at IoU >= threshold (MultiBoxDetection's rule), box_nms only at IoU > threshold
# exercise: nms
# status: partial
# message: strictly greater

def nms(boxes, scores, iou_threshold):
    order = [int(i) for i in nd.argsort(scores, is_ascend=False).asnumpy()]
    keep = []
    for i in order:
        if keep:
            iou = box_iou(boxes[i:i + 1], nd.take(boxes, nd.array(keep))).asnumpy()
            if (iou >= iou_threshold).any():
                continue
        keep.append(i)
    return nd.array(keep, dtype='int32')

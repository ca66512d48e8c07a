# mistake: the right boxes, but their indices sorted ascending instead of by descending score
# exercise: nms
# status: failed
# message: ascending index order

def nms(boxes, scores, iou_threshold):
    order = [int(i) for i in nd.argsort(scores, is_ascend=False).asnumpy()]
    keep = []
    for i in order:
        if keep:
            iou = box_iou(boxes[i:i + 1], nd.take(boxes, nd.array(keep))).asnumpy()
            if (iou > iou_threshold).any():
                continue
        keep.append(i)
    return nd.array(sorted(keep), dtype='int32')

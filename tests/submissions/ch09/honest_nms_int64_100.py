# mistake: none: returns the indices as int64
# exercise: nms
# status: passed
# message: integer indices

def _orig_nms(boxes, scores, iou_threshold):
    # The indices of the boxes from the highest score down
    B = [int(i) for i in nd.argsort(scores, is_ascend=False).asnumpy()]
    keep = []  # indices of the boxes that will be kept
    while B:
        i = B[0]
        keep.append(i)
        if len(B) == 1:
            break
        rest = nd.array(B[1:], dtype='int32')
        iou = box_iou(boxes[i].reshape((1, 4)), nd.take(boxes, rest)).reshape(-1)
        B = [j for j, v in zip(B[1:], iou.asnumpy()) if v <= iou_threshold]
    return nd.array(keep, dtype='int32')


def nms(boxes, scores, iou_threshold):
    return _orig_nms(boxes, scores, iou_threshold).astype('int64')

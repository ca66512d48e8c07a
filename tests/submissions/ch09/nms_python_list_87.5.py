# mistake: returns the kept indices as a Python list, not an NDArray
# exercise: nms
# status: partial
# message: return an NDArray of integers

def nms(boxes, scores, iou_threshold):
    B = [int(i) for i in nd.argsort(scores, is_ascend=False).asnumpy()]
    keep = []
    while B:
        i = B[0]
        keep.append(i)
        if len(B) == 1:
            break
        rest = nd.array(B[1:], dtype='int32')
        iou = box_iou(boxes[i].reshape((1, 4)), nd.take(boxes, rest)).reshape(-1)
        B = [j for j, v in zip(B[1:], iou.asnumpy()) if v <= iou_threshold]
    return keep

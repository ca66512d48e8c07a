# mistake: none: one IoU matrix up front (NumPy), then a boolean "alive" mask walked in score order
# exercise: nms
# status: passed
# message: keeps what box_nms keeps

def nms(boxes, scores, iou_threshold):
    b = boxes.asnumpy().astype('float64')
    order = np.argsort(-scores.asnumpy(), kind='stable')
    lo = np.maximum(b[:, None, :2], b[None, :, :2])
    hi = np.minimum(b[:, None, 2:], b[None, :, 2:])
    inter = np.prod(np.clip(hi - lo, 0, None), axis=2)
    area = np.prod(b[:, 2:] - b[:, :2], axis=1)
    iou = inter / (area[:, None] + area[None, :] - inter)
    alive = np.ones(len(b), dtype=bool)
    keep = []
    for i in order:
        if alive[i]:
            keep.append(i)
            alive &= ~(iou[i] > iou_threshold)
    return nd.array(keep, dtype='int64')

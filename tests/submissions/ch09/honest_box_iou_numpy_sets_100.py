# mistake: none: NumPy, intervals per axis as overlaps of 1-D segments, IoU as |A & B| / |A | B|
# exercise: box_iou
# status: passed
# message: matches nd.contrib.box_iou

def box_iou(boxes1, boxes2):
    a = boxes1.asnumpy().astype('float64')[:, None, :]
    b = boxes2.asnumpy().astype('float64')[None, :, :]
    overlap = [np.clip(np.minimum(a[..., k + 2], b[..., k + 2])
                       - np.maximum(a[..., k], b[..., k]), 0, None) for k in (0, 1)]
    inter = overlap[0] * overlap[1]
    size_a = (a[..., 2] - a[..., 0]) * (a[..., 3] - a[..., 1])
    size_b = (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1])
    return nd.array(inter / (size_a + size_b - inter))

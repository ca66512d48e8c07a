# mistake: runs nd.contrib.box_nms with each box's index in column 0
# exercise: nms
# status: forbidden
# message: box_nms

def nms(boxes, scores, iou_threshold):
    n = boxes.shape[0]
    data = nd.concat(nd.arange(n).reshape((-1, 1)), scores.reshape((-1, 1)), boxes, dim=1)
    out = nd.contrib.box_nms(data, overlap_thresh=iou_threshold, coord_start=2, score_index=1,
                             id_index=-1, force_suppress=True).asnumpy()
    return nd.array(out[out[:, 0] >= 0, 0], dtype='int32')

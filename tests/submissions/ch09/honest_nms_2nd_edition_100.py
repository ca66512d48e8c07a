# mistake: none: the book's second edition's nms (written for mxnet.np), in NDArray with NumPy's nonzero
# exercise: nms
# status: passed
# message: keeps what box_nms keeps

def nms(boxes, scores, iou_threshold):
    """对预测边界框的置信度进行排序"""
    B = scores.argsort(is_ascend=False).astype('int32')
    keep = []  # 保留预测边界框的指标
    while B.size > 0:
        i = int(B[0].asscalar())
        keep.append(i)
        if B.size == 1:
            break
        iou = box_iou(boxes[i, :].reshape((-1, 4)),
                      nd.take(boxes, B[1:]).reshape((-1, 4))).reshape(-1)
        inds = np.nonzero(iou.asnumpy() <= iou_threshold)[0]
        if inds.size == 0:
            break
        B = nd.take(B, nd.array(inds + 1, dtype='int32'))
    return nd.array(keep, dtype='int32')

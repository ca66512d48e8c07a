# mistake: none: recursion on the rest of the sorted list, with the student's own box_iou
# exercise: nms
# status: passed
# message: keeps what box_nms keeps

def nms(boxes, scores, iou_threshold):
    def rest(order):
        if not order:
            return []
        top, others = order[0], order[1:]
        if others:
            iou = box_iou(boxes[top:top + 1], nd.take(boxes, nd.array(others))).asnumpy()[0]
            others = [j for j, v in zip(others, iou) if not v > iou_threshold]
        return [top] + rest(others)

    order = sorted(range(scores.shape[0]), key=lambda k: -scores[k].asscalar())
    return nd.array(rest(order), dtype='int32')

# mistake: none: two Python loops over plain floats, one pair of boxes at a time
# exercise: box_iou
# status: passed
# message: matches nd.contrib.box_iou

def box_iou(boxes1, boxes2):
    def area(b):
        return (b[2] - b[0]) * (b[3] - b[1])

    rows = []
    for a in boxes1.asnumpy().tolist():
        row = []
        for b in boxes2.asnumpy().tolist():
            iw = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
            ih = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
            inter = iw * ih
            row.append(inter / (area(a) + area(b) - inter))
        rows.append(row)
    return nd.array(rows).reshape((boxes1.shape[0], boxes2.shape[0]))

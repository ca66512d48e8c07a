# mistake: none: anchor by anchor in Python lists, its own IoU and suppression loop (no nms)
# exercise: multibox_detection
# status: passed
# message:

def multibox_detection(cls_probs, offset_preds, anchors, nms_threshold=0.5):
    def clip(v):
        return min(1.0, max(0.0, v))

    def iou(a, b):
        w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
        h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
        u = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - w * h
        return 0.0 if u <= 0 else w * h / u

    anc = anchors[0].asnumpy().tolist()
    result = []
    for probs, offs in zip(cls_probs.asnumpy().tolist(), offset_preds.asnumpy().tolist()):
        dets = []
        for i, a in enumerate(anc):
            score, cls = -1.0, -1
            for c in range(1, len(probs)):
                if probs[c][i] > score:
                    score, cls = probs[c][i], c - 1
            if score < 0.01:
                continue
            px, py, pw, ph = offs[4 * i:4 * i + 4]
            wa, ha = a[2] - a[0], a[3] - a[1]
            xc, yc = (a[0] + a[2]) / 2 + px * 0.1 * wa, (a[1] + a[3]) / 2 + py * 0.1 * ha
            w, h = math.exp(pw * 0.2) * wa / 2, math.exp(ph * 0.2) * ha / 2
            dets.append([cls, score, clip(xc - w), clip(yc - h), clip(xc + w), clip(yc + h)])
        dets.sort(key=lambda d: -d[1])  # Python's sort is stable
        for i in range(len(dets)):
            if dets[i][0] < 0:
                continue
            for j in range(i + 1, len(dets)):
                if dets[j][0] == dets[i][0] and iou(dets[i][2:], dets[j][2:]) >= nms_threshold:
                    dets[j][0] = -1
        result.append(dets + [[-1.0] * 6] * (len(anc) - len(dets)))
    return nd.array(result)

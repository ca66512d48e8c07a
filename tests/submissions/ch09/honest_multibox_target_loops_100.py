# mistake: none: anchor by anchor in Python, the offsets with math.log
# exercise: multibox_target
# status: passed
# message:

def multibox_target(anchors, labels):
    anc = anchors[0].asnumpy().tolist()
    offsets, masks, classes = [], [], []
    for label in labels.asnumpy().tolist():
        objects = []
        for row in label:
            if row[0] == -1:
                break
            objects.append(row)
        if not objects:
            offsets.append([0.0] * (4 * len(anc)))
            masks.append([0.0] * (4 * len(anc)))
            classes.append([-1.0] * len(anc))
            continue
        gt = nd.array([row[1:] for row in objects])
        assigned = assign_anchor_to_bbox(gt, anchors[0]).asnumpy().tolist()
        off, mask, cls = [], [], []
        for a, j in zip(anc, assigned):
            if j < 0:
                off += [0.0] * 4
                mask += [0.0] * 4
                cls.append(0.0)
                continue
            c, x1, y1, x2, y2 = objects[int(j)]
            wa, ha = a[2] - a[0], a[3] - a[1]
            xa, ya = (a[0] + a[2]) / 2, (a[1] + a[3]) / 2
            off += [((x1 + x2) / 2 - xa) / wa / 0.1, ((y1 + y2) / 2 - ya) / ha / 0.1,
                    math.log((x2 - x1) / wa) / 0.2, math.log((y2 - y1) / ha) / 0.2]
            mask += [1.0] * 4
            cls.append(c + 1)
        offsets.append(off)
        masks.append(mask)
        classes.append(cls)
    return nd.array(offsets), nd.array(masks), nd.array(classes)

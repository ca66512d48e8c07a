# mistake: offsets not divided by the variances (0.1, 0.1, 0.2, 0.2)
# exercise: multibox_target
# status: failed
# message: variances

def multibox_target(anchors, labels):
    anchors = anchors[0]
    num_anchors = anchors.shape[0]
    c_anc = box_corner_to_center(anchors)
    variances = nd.array([0.1, 0.1, 0.2, 0.2])
    batch_offset, batch_mask, batch_class_labels = [], [], []
    for label in labels:
        is_padding = (label[:, 0] < 0).asnumpy()
        n = int(is_padding.argmax()) if is_padding.any() else label.shape[0]
        label = label[:n]
        anchors_bbox_map = assign_anchor_to_bbox(label[:, 1:], anchors).astype("float32")
        positive = anchors_bbox_map >= 0
        idx = nd.maximum(anchors_bbox_map, 0)
        class_labels = nd.where(positive, nd.take(label[:, 0], idx) + 1,
                                nd.zeros(num_anchors))
        bbox_mask = nd.broadcast_to(positive.reshape((-1, 1)), (num_anchors, 4))
        assigned_bb = nd.where(bbox_mask, nd.take(label[:, 1:], idx), anchors)
        c_assigned = box_corner_to_center(assigned_bb)
        offset = nd.concat((c_assigned[:, :2] - c_anc[:, :2]) / c_anc[:, 2:],
                           nd.log(c_assigned[:, 2:] / c_anc[:, 2:]), dim=1)
        batch_offset.append((offset * bbox_mask).reshape((-1,)))
        batch_mask.append(bbox_mask.reshape((-1,)))
        batch_class_labels.append(class_labels)
    return (nd.stack(*batch_offset), nd.stack(*batch_mask),
            nd.stack(*batch_class_labels))

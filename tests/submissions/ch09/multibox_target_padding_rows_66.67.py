# mistake: the second edition's matching on every label row: the padding rows (class -1) get anchors too
# exercise: multibox_target
# status: partial
# message: padding row

def multibox_target(anchors, labels):
    batch_size, anchors = labels.shape[0], anchors[0]
    A = anchors.asnumpy()
    ca = np.concatenate([(A[:, :2] + A[:, 2:]) / 2, A[:, 2:] - A[:, :2]], axis=1)
    num_anchors = A.shape[0]
    batch_offset, batch_mask, batch_class_labels = [], [], []
    for i in range(batch_size):
        label = labels[i].asnumpy()
        num_gt_boxes = label.shape[0]
        jaccard = box_iou(anchors, nd.array(label[:, 1:])).asnumpy()
        anchors_bbox_map = np.full((num_anchors,), -1)
        max_ious, indices = np.max(jaccard, axis=1), np.argmax(jaccard, axis=1)
        anchors_bbox_map[max_ious >= 0.5] = indices[max_ious >= 0.5]
        for _ in range(num_gt_boxes):
            max_idx = np.argmax(jaccard)
            box_idx, anc_idx = max_idx % num_gt_boxes, max_idx // num_gt_boxes
            anchors_bbox_map[anc_idx] = box_idx
            jaccard[:, box_idx] = -1
            jaccard[anc_idx, :] = -1
        bbox_mask = np.repeat((anchors_bbox_map >= 0)[:, None], 4, axis=1).astype('float32')
        class_labels = np.zeros(num_anchors, dtype='float32')
        assigned_bb = np.zeros((num_anchors, 4), dtype='float32')
        pos = np.nonzero(anchors_bbox_map >= 0)[0]
        class_labels[pos] = label[anchors_bbox_map[pos], 0] + 1
        assigned_bb[pos] = label[anchors_bbox_map[pos], 1:]
        cb = np.concatenate([(assigned_bb[:, :2] + assigned_bb[:, 2:]) / 2,
                             assigned_bb[:, 2:] - assigned_bb[:, :2]], axis=1)
        eps = 1e-6
        offset = np.concatenate([(cb[:, :2] - ca[:, :2]) / ca[:, 2:] / 0.1,
                                 np.log(eps + cb[:, 2:] / ca[:, 2:]) / 0.2], axis=1)
        batch_offset.append((offset * bbox_mask).reshape(-1))
        batch_mask.append(bbox_mask.reshape(-1))
        batch_class_labels.append(class_labels)
    return (nd.array(np.stack(batch_offset)), nd.array(np.stack(batch_mask)),
            nd.array(np.stack(batch_class_labels)))

# mistake: none: the book's second edition's multibox_target (mxnet.np tab) ported to NDArray (eps in the log, int32 masks and labels)
# exercise: multibox_target
# status: passed
# message: the book

def offset_boxes(anchors, assigned_bb, eps=1e-6):
    """对锚框偏移量的转换"""
    c_anc = box_corner_to_center(anchors)
    c_assigned_bb = box_corner_to_center(assigned_bb)
    offset_xy = 10 * (c_assigned_bb[:, :2] - c_anc[:, :2]) / c_anc[:, 2:]
    offset_wh = 5 * nd.log(eps + c_assigned_bb[:, 2:] / c_anc[:, 2:])
    offset = nd.concat(offset_xy, offset_wh, dim=1)
    return offset


def multibox_target(anchors, labels):
    """使用真实边界框标记锚框"""
    batch_size, anchors = labels.shape[0], anchors.squeeze(axis=0)
    batch_offset, batch_mask, batch_class_labels = [], [], []
    device, num_anchors = anchors.context, anchors.shape[0]
    for i in range(batch_size):
        label = labels[i, :, :]
        anchors_bbox_map = assign_anchor_to_bbox(label[:, 1:], anchors)
        bbox_mask = nd.tile((nd.expand_dims((anchors_bbox_map >= 0), axis=-1)), (1, 4)).astype('int32')
        # 将类标签和分配的边界框坐标初始化为零
        class_labels = nd.zeros(num_anchors, dtype='int32', ctx=device)
        assigned_bb = nd.zeros((num_anchors, 4), dtype='float32', ctx=device)
        indices_true = np.nonzero(anchors_bbox_map.asnumpy() >= 0)[0]
        bb_idx = anchors_bbox_map.asnumpy()[indices_true].astype('int64')
        if len(indices_true):
            it = nd.array(indices_true, dtype='int32')
            lab = label.asnumpy()
            class_labels[it] = nd.array(lab[bb_idx, 0].astype('int32') + 1, dtype='int32')
            assigned_bb[it] = nd.array(lab[bb_idx, 1:])
        # 偏移量转换
        offset = offset_boxes(anchors, assigned_bb) * bbox_mask.astype('float32')
        batch_offset.append(offset.reshape(-1))
        batch_mask.append(bbox_mask.reshape(-1))
        batch_class_labels.append(class_labels)
    bbox_offset = nd.stack(*batch_offset)
    bbox_mask = nd.stack(*batch_mask)
    class_labels = nd.stack(*batch_class_labels)
    return (bbox_offset, bbox_mask, class_labels)

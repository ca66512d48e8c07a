# mistake: none: the book's second edition's box_iou (written for mxnet.np), in NDArray
# exercise: box_iou
# status: passed
# message: matches nd.contrib.box_iou

def box_iou(boxes1, boxes2):
    """计算两个锚框或边界框列表中成对的交并比"""
    def box_area(boxes):
        return ((boxes[:, 2] - boxes[:, 0]) *
                (boxes[:, 3] - boxes[:, 1]))

    # boxes1,boxes2,areas1,areas2的形状:
    # boxes1：(boxes1的数量,4),
    # boxes2：(boxes2的数量,4),
    # areas1：(boxes1的数量,),
    # areas2：(boxes2的数量,)
    areas1 = box_area(boxes1)
    areas2 = box_area(boxes2)
    # inter_upperlefts,inter_lowerrights,inters的形状:
    # (boxes1的数量,boxes2的数量,2)
    inter_upperlefts = nd.broadcast_maximum(boxes1[:, None, :2], boxes2[:, :2].expand_dims(0))
    inter_lowerrights = nd.broadcast_minimum(boxes1[:, None, 2:], boxes2[:, 2:].expand_dims(0))
    inters = (inter_lowerrights - inter_upperlefts).clip(0, float('inf'))
    # inter_areasandunion_areas的形状:(boxes1的数量,boxes2的数量)
    inter_areas = inters[:, :, 0] * inters[:, :, 1]
    union_areas = nd.broadcast_add(areas1[:, None], areas2.expand_dims(0)) - inter_areas
    return inter_areas / union_areas

# mistake: calls nd.contrib.box_iou, the operator the exercise re-implements
# exercise: box_iou
# status: forbidden
# message: box_iou

def box_iou(boxes1, boxes2):
    return nd.contrib.box_iou(boxes1, boxes2, format='corner')

# mistake: decodes zero offsets with nd.contrib.box_decode (the reference itself)
# exercise: box_center_to_corner
# status: forbidden
# message: box_decode

def box_center_to_corner(boxes):
    b = boxes.expand_dims(axis=0)
    return nd.contrib.box_decode(nd.zeros_like(b), b, format='center')[0]

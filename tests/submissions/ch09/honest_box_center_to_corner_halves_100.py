# mistake: none: the centre and half the size as two (n, 2) blocks, concatenated
# exercise: box_center_to_corner
# status: passed
# message: converts (cx, cy, w, h) boxes

def box_center_to_corner(boxes):
    centre = boxes.slice_axis(axis=1, begin=0, end=2)
    half = boxes.slice_axis(axis=1, begin=2, end=4) / 2
    return nd.concat(centre - half, centre + half, dim=1)

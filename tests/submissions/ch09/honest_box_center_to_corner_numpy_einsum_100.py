# mistake: none: NumPy inside, np.einsum with the inverse conversion matrix, back to NDArray
# exercise: box_center_to_corner
# status: passed
# message: converts (cx, cy, w, h) boxes

def box_center_to_corner(boxes):
    m = np.array([[1, 0, 1, 0], [0, 1, 0, 1], [-0.5, 0, 0.5, 0], [0, -0.5, 0, 0.5]])
    return nd.array(np.einsum('nk,kj->nj', boxes.asnumpy().astype('float64'), m))

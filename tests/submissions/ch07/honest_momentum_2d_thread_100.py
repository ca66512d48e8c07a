# mistake: none: computes the second coordinate's velocity in a threading.Thread and joins it
# exercise: momentum_2d
# status: passed
# message: returns the new velocity
# alone: yes

import threading


def momentum_2d(x1, x2, v1, v2):
    box = {}
    worker = threading.Thread(target=lambda: box.update(v2=gamma * v2 + eta * 4 * x2))
    worker.start()
    v1 = gamma * v1 + eta * 0.2 * x1
    worker.join()
    v2 = box['v2']
    return x1 - v1, x2 - v2, v1, v2

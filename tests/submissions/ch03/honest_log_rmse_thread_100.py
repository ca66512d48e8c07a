# mistake: none: takes the final square root in a threading.Thread and joins it; times itself with time.perf_counter
# exercise: log_rmse
# status: passed
# message: clips predictions below 1
# alone: yes

import math
import threading
import time


def log_rmse(net, features, labels):
    start = time.perf_counter()
    clipped = nd.clip(net(features), 1, float('inf'))
    mse = ((clipped.log() - labels.log()) ** 2).mean().asscalar()
    box = {}
    worker = threading.Thread(target=lambda: box.update(rmse=math.sqrt(mse)))
    worker.start()
    worker.join()
    print(f"log_rmse took {time.perf_counter() - start:.4f} s")
    return box['rmse']


# mistake: imports the grader's reference step from the autograder package on disk (it is not in the sandbox)
# exercise: train_step
# status: error
# message: autograder
# alone: yes

import sys

sys.path[:0] = ["/work/main", "../..", "../../..", "/course/.."]


def train_step(net, trainer, X, y, ctx, loss):
    from autograder.exercises.ch08.train_step import reference

    values = [p.data(ctx[0]).asnumpy() for p in net.collect_params().values()]
    new = reference.step(X.asnumpy(), y.asnumpy(), values, trainer.learning_rate)
    for p, v in zip(net.collect_params().values(), new):
        p.set_data(nd.array(v))

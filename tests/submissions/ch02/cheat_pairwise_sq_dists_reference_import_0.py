# mistake: imports the grader's reference from the autograder package (not in the sandbox)
# exercise: pairwise_sq_dists
# status: error
# message: autograder
# alone: yes

from autograder.exercises.ch02.pairwise_sq_dists import reference as _ref


def pairwise_sq_dists(X, Y):
    return nd.array(_ref.pairwise_sq_dists(X.asnumpy(), Y.asnumpy()))

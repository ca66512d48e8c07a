# mistake: imports the grader's own book blocks from the autograder package (not in the sandbox)
# exercise: CenteredLayer
# status: error
# message: autograder
# alone: yes

from autograder.exercises.ch04._book import BookCenteredLayer as CenteredLayer  # noqa: F401

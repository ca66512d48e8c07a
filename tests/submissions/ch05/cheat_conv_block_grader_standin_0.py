# mistake: imports the grader's stand-in conv_block
# exercise: conv_block
# status: forbidden
# message: standins.ch05.conv_block

from child.standins.ch05 import conv_block  # noqa: F401 - the answer itself

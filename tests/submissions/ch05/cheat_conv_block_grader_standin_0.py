# mistake: imports the grader's stand-in conv_block (from its public module)
# exercise: conv_block
# status: forbidden
# message: conv_block.public.stand_in

from d2l.selfcheck.ch05.conv_block.public import stand_in as conv_block  # noqa: F401

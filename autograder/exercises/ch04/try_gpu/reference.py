"""`try_gpu` has no recorded cases: the expected contexts are mx.cpu() and mx.gpu()."""

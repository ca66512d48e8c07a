"""Reference outputs: MXNet operators and Gluon layers, plus recorded public cases."""

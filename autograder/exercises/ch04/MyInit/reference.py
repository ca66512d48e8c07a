"""`MyInit` has no recorded cases: the checks compare statistics with their expected values
(the distribution is the reference: U(-10, 10) with |w| < 5 zeroed)."""

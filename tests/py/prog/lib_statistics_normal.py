import statistics as st
from statistics import NormalDist
import random
nd = NormalDist(100, 15)
for p in [0.001, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 1e-10, 1-1e-12]:
    print(nd.inv_cdf(p))
print(nd.quantiles(), nd.cdf(130), nd.pdf(90), nd.zscore(85))
a = NormalDist.from_samples([2.5, 3.1, 4.7, 1.2, 9.9, 3.1, 5.0]); print(a, a.mean, a.stdev, a.variance)
print(nd + 5, nd * 2, nd - a, 3 - nd, nd / 2, -nd, nd == NormalDist(100, 15), nd.overlap(NormalDist(110, 10)), nd.overlap(NormalDist(90, 15)))
print(NormalDist().samples(3, seed=4))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7.5, 9, 11], proportional=True))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
for f in (st.correlation, st.covariance, st.linear_regression):
    for args in ([1], [1]), ([1, 2], [1]), ([1, 1], [2, 3]):
        try: print(f(*args))
        except st.StatisticsError as e: print(e)
try: NormalDist(0, -1)
except st.StatisticsError as e: print(e)
try: nd.inv_cdf(1)
except st.StatisticsError as e: print(e)

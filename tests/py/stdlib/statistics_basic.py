import statistics as st, random
print(st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.mean([True, False, True]), st.mean([0.1] * 10), st.mean([1, 2.5]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode([1, 1, 2, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.variance([1, 3, 5]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.fmean([3.5, 4.0, 5.25]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'))
rng = random.Random(5)
for _ in range(30):
    data = [rng.uniform(-100, 100) for _ in range(rng.randint(2, 20))]
    print(st.mean(data), st.variance(data), st.stdev(data), st.pstdev(data), st.median(data))
ints = [rng.randint(0, 10 ** 6) for _ in range(50)]
print(st.mean(ints), st.variance(ints), st.stdev(ints), st.pvariance(ints))
for f in [lambda: st.mean([]), lambda: st.median([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.mode([])]:
    try: f()
    except st.StatisticsError as e: print(type(e).__name__, e, isinstance(e, ValueError))

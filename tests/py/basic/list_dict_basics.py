nums = [3, 1, 2]
nums.append(5)
print(nums, len(nums), nums[0], nums[-1], sorted(nums), sum(nums), max(nums))
ages = {"ann": 30, "bob": 25}
ages["cy"] = 41
print(ages, ages["bob"], len(ages), "ann" in ages, list(ages.keys()))
for k, v in ages.items():
    print(k, v)

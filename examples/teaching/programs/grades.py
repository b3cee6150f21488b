# Dictionaries, classes, comparisons and boolean words.
class Student:
    define __init__(self, name, marks):
        self.name = name
        self.marks = marks

    define average(self):
        return sum(self.marks) / len(self.marks)

define letter(avg):
    if avg >= 90:
        return "A"
    elif avg >= 75:
        return "B"
    elif 50 <= avg < 75:
        return "C"
    return "F"

students = [Student("Ana", [95, 88, 92]), Student("Ben", [70, 65, 80]),
            Student("Cy", [40, 55, 30])]
counts = {}
for s in students:
    avg = s.average()
    grade = letter(avg)
    counts[grade] = counts.get(grade, 0) + 1
    show s.name, round(avg, 1), grade
show counts
show "all passed:", all(letter(s.average()) != "F" for s in students)
show "anyone excellent:", any(s.average() > 90 and s.name != "Ben" for s in students)

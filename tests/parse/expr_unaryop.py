-a
+a
~a
not a
- - a
-1
+1.5
~-+x

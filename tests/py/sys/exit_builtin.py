print("calling exit via raise SystemExit(2)")
raise SystemExit(2)

f"{x\n}"

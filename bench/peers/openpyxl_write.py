"""The export peer of bench/run-all.sh: openpyxl in write-only mode writes the same sheets and
values as `catalog export` (taken from openpyxl_read.py's pickle; loading it is part of the time).
    python3 openpyxl_write.py VALUES.pickle OUT.xlsx"""
import pickle
import sys

from openpyxl import Workbook

with open(sys.argv[1], "rb") as source:
    sheets = pickle.load(source)
workbook = Workbook(write_only=True)
cells = 0
for title, rows in sheets:
    sheet = workbook.create_sheet(title)
    for row in rows:
        sheet.append(row)
        cells += len(row)
workbook.save(sys.argv[2])
print(f"openpyxl write: {len(sheets)} sheets, {cells} cells")

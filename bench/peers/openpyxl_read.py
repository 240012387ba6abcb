"""The import peer of bench/run-all.sh: openpyxl in read-only mode reads every cell of every sheet
of the workbook `catalog export` wrote. With a second argument it also stores the values (pickle),
so openpyxl_write.py can write the same sheets and values without reading a workbook.
    python3 openpyxl_read.py WORKBOOK [VALUES.pickle]"""
import pickle
import sys

from openpyxl import load_workbook

workbook = load_workbook(sys.argv[1], read_only=True, data_only=True)
keep = len(sys.argv) > 2
sheets, cells = [], 0
for sheet in workbook.worksheets:
    rows = []
    for row in sheet.iter_rows(values_only=True):
        cells += len(row)
        if keep:
            rows.append(row)
    sheets.append((sheet.title, rows))
workbook.close()
if keep:
    with open(sys.argv[2], "wb") as out:
        pickle.dump(sheets, out, protocol=pickle.HIGHEST_PROTOCOL)
print(f"openpyxl read: {len(sheets)} sheets, {cells} cells")

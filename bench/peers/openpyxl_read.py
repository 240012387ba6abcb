"""The import peer of bench/run-all.sh: openpyxl in read-only mode reads every cell of every sheet
of the workbooks `catalog export` wrote (one, or the parts of a split export). With a last argument
ending in .pickle it also stores the values, the rows of same-named sheets one after another, so
openpyxl_write.py can write the same sheets and values without reading a workbook.
    python3 openpyxl_read.py WORKBOOK... [VALUES.pickle]"""
import pickle
import sys

from openpyxl import load_workbook

arguments = sys.argv[1:]
store = arguments.pop() if arguments and arguments[-1].endswith(".pickle") else None
sheets, cells = {}, 0
for path in arguments:
    workbook = load_workbook(path, read_only=True, data_only=True)
    for sheet in workbook.worksheets:
        rows = sheets.setdefault(sheet.title, [])
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
            if store:
                rows.append(row)
    workbook.close()
if store:
    with open(store, "wb") as out:
        pickle.dump(list(sheets.items()), out, protocol=pickle.HIGHEST_PROTOCOL)
print(f"openpyxl read: {len(arguments)} workbooks, {len(sheets)} sheets, {cells} cells")

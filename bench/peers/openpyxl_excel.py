#!/usr/bin/env python3
"""openpyxl peers for bench/excel.sh: what a user would write instead of `catalog export/import`.

  dump   WORKBOOK VALUES   (not timed) every sheet's cell values of WORKBOOK into VALUES (marshal),
                           so the write peer has the same sheets and values without reading YAML
  write  VALUES OUT.xlsx   openpyxl write-only: the same sheets and values into a new workbook
  read   WORKBOOK          openpyxl read-only: every cell of every sheet (values), counted

Each mode prints its own phases on stderr ("peer: ..."), so load time can be told from work time.
"""
import marshal
import sys
import time

import openpyxl


def dump(workbook, values):
    wb = openpyxl.load_workbook(workbook, read_only=True, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        sheets.append((ws.title, [list(row) for row in ws.iter_rows(values_only=True)]))
    wb.close()
    with open(values, "wb") as f:
        marshal.dump(sheets, f)


def write(values, out):
    start = time.perf_counter()
    with open(values, "rb") as f:
        sheets = marshal.load(f)
    loaded = time.perf_counter()
    wb = openpyxl.Workbook(write_only=True)
    rows = 0
    for title, data in sheets:
        ws = wb.create_sheet(title)
        for row in data:
            ws.append(row)
            rows += 1
    wb.save(out)
    done = time.perf_counter()
    print(f"peer: write-only {rows} rows; load values {loaded - start:.1f} s, write {done - loaded:.1f} s", file=sys.stderr)


def read(workbook):
    start = time.perf_counter()
    wb = openpyxl.load_workbook(workbook, read_only=True, data_only=True)
    rows = cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            rows += 1
            for value in row:
                if value is not None:
                    cells += 1
    wb.close()
    print(f"peer: read-only {rows} rows, {cells} non-empty cells in {time.perf_counter() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    {"dump": dump, "write": write, "read": read}[mode](*args)

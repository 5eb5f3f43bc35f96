"""Writes the import corpus's openpyxl workbooks (a second xlsx writer beside exceljs).

Reads a JSON list on stdin: [{"path", "sheet", "dateFormat", "rows": [[cell, ...], ...]}],
where a cell is null, a number, a string, or {"date": "YYYY-MM-DD"} for a real date cell.
"""
import datetime
import json
import sys

from openpyxl import Workbook


def cell_value(cell):
    if isinstance(cell, dict):
        return datetime.date.fromisoformat(cell["date"])
    return cell


for book in json.load(sys.stdin):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = book["sheet"]
    for values in book["rows"]:
        sheet.append([cell_value(cell) for cell in values])
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, (datetime.date, datetime.datetime)):
                cell.number_format = book["dateFormat"]
    workbook.save(book["path"])

"""Handouts: PDF documents, the Excel workbook and the charts they show. No Qt."""

"""Printouts (ReportLab PDFs) and exports (xlsx, docx, ics)."""

"""PDF from an anonymized profile (the only part of ``app/`` that imports QtGui), and the
read-back that searches a rendered PDF for identifiers before it may be written.

``app.render.readback`` needs no Qt; ``app.render.pdf`` imports QtGui when it is imported, so
callers import it only when they render (as ``app.disclosure.export`` does).
"""

"""The plain data the printouts draw: frozen data classes with no database, session or
service behind them. The services gather them (``app.services.*.printouts`` and the read
modules, which re-export the types they fill); :mod:`app.reports` only draws them."""
